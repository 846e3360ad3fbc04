// The few CF v3 resource shapes this tool reads (cloud_controller_ng docs/v3). Only the fields used.

export interface V3Link {
  href: string;
}

export interface V3Pagination {
  total_results: number;
  total_pages: number;
  next: V3Link | null;
}

export interface V3Page<T, I = Record<string, unknown[]>> {
  pagination: V3Pagination;
  resources: T[];
  included?: Partial<I>;
}

export interface V3Relationship {
  data: { guid: string } | null;
}

export interface V3Role {
  guid: string;
  type: string;
  relationships: {
    user: V3Relationship;
    space: V3Relationship;
    organization: V3Relationship;
  };
}

export interface V3User {
  guid: string;
  /** The UAA userName: an email for password users, an opaque id for SSO users, null for clients. */
  username: string | null;
  presentation_name?: string;
  /** Identity provider ("uaa", "google", ...); null for UAA clients. */
  origin: string | null;
}

export interface V3Space {
  guid: string;
  name: string;
  relationships: { organization: V3Relationship };
}

export interface V3Organization {
  guid: string;
  name: string;
  suspended?: boolean;
}

export interface RolesIncluded {
  users: V3User[];
  spaces: V3Space[];
  organizations: V3Organization[];
}

/** `GET /` on a CF API. */
export interface RootDocument {
  links: {
    self?: V3Link;
    cloud_controller_v3?: V3Link;
    uaa?: V3Link | null;
    login?: V3Link | null;
  };
}

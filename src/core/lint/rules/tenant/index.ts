// Every tenant/* rule: the structure the team manual requires.
import type { DocumentRule } from "../../rule";
import { frontMatter } from "./front-matter";
import { headerFooterRules } from "./header-footer";
import { subjectRules } from "./subject";

export const tenantRules: DocumentRule[] = [...headerFooterRules, ...subjectRules, frontMatter];

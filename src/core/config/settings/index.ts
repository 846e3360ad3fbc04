// All settings, gathered from one file per capability.
import type { SettingSpec } from "../setting-spec";
import { lintingSettings } from "./linting";
import { recipientsSettings } from "./recipients";
import { sendingSettings } from "./sending";

export const SETTING_PREFIX = "tenantComms";

export const settings: SettingSpec[] = [
  ...lintingSettings,
  ...recipientsSettings,
  ...sendingSettings,
];

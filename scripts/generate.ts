// `npm run generate`: writes every generated file (see generated-files.ts).
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { generatedFiles, ROOT } from "./generated-files";

for (const file of generatedFiles()) {
  const path = join(ROOT, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.content);
  console.log(`wrote ${file.path}`);
}

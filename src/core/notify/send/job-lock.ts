// One process per job at a time: a lock file next to the journal holding the owner's pid. Two
// processes sending the same job could each find a row unresolved and send it.
import { promises as fs } from "node:fs";
import { join } from "node:path";
import { JournalError } from "./journal";

/**
 * One process per job at a time: a lock file holding the owner's pid. A lock left by a process
 * that no longer exists (killed, crashed) is taken over.
 */
export async function lockJob(dir: string, jobId: string): Promise<() => Promise<void>> {
  const path = join(dir, `${jobId}.lock`);
  for (let tries = 0; tries < 3; tries++) {
    try {
      await fs.writeFile(path, String(process.pid), { flag: "wx" });
      return async () => {
        await fs.rm(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number((await fs.readFile(path, "utf8").catch(() => "")).trim());
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new JournalError(
          `Job ${jobId} is being sent by another process (pid ${owner}). Wait for it to finish or stop it first.`,
        );
      }
      await fs.rm(path, { force: true });
    }
  }
  throw new JournalError(`Could not lock job ${jobId}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

import { test } from "node:test";
import assert from "node:assert/strict";
import { main } from "../../../src/cli";
import { commands } from "../../../src/cli/commands/index";
import { fakeIO } from "../../support/fake-io";

test("no arguments prints help and exits 2", async () => {
  const io = fakeIO();
  assert.equal(await main([], io), 2);
  assert.match(io.out, /Usage: tenant-comms <command>/);
});

test("--help exits 0 and lists every registered command", async () => {
  const io = fakeIO();
  assert.equal(await main(["--help"], io), 0);
  for (const command of commands) assert.ok(io.out.includes(command.name), command.name);
});

test("an unknown command says so, shows help and exits 2", async () => {
  const io = fakeIO();
  assert.equal(await main(["sned"], io), 2);
  assert.match(io.err, /unknown command "sned"/);
  assert.equal(io.out, "");
});

test("each command prints its usage for --help", async () => {
  for (const command of commands) {
    const io = fakeIO();
    assert.equal(await main([command.name, "--help"], io), 0);
    assert.ok(io.out.trim().length > 0, `${command.name} has usage text`);
  }
});

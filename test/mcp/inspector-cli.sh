#!/usr/bin/env bash
# CI check: the MCP Inspector's CLI (@modelcontextprotocol/inspector, a dev dependency) drives `closeloop mcp` over
# stdio against a store holding the example workspace. It must list every tool and answer calls as the given user.
# Exits non-zero when a tool is missing, a call fails, or a rep can read another rep's account.
set -euo pipefail
cd "$(dirname "$0")/../.."

workspace="${NORTHWIND_WORKSPACE:-../shared/fixtures/examples/northwind.workspace.json}"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
# The embedded store in a throwaway home, whatever the caller's environment points at.
export CLOSELOOP_HOME="$home"
unset DATABASE_URL CLOSELOOP_USER

fail() { echo "inspector-cli: $*" >&2; exit 1; }

inspect() { # user, then the inspector's --method arguments
  local user="$1"; shift
  npx --no-install mcp-inspector --cli node bin/closeloop.js mcp --as "$user" "$@" 2>"$home/inspector.err" \
    || { cat "$home/inspector.err" >&2; fail "the inspector failed: $*"; }
}

# Reads JSON on stdin and runs a check written in JavaScript against it as `out`; prints the check's message on failure.
check() {
  node -e '
    let text = ""; process.stdin.on("data", (c) => (text += c)).on("end", () => {
      let out; try { out = JSON.parse(text); } catch { console.error("not JSON:\n" + text.slice(0, 2000)); process.exit(1); }
      const problem = new Function("out", process.argv[1])(out);
      if (problem) { console.error(problem); process.exit(1); }
    });' "$1"
}

node bin/closeloop.js import "$workspace" >/dev/null || fail "could not import $workspace"

echo "inspector-cli: tools/list"
inspect dana@northwind.io --method tools/list | check '
  const expected = ["crm_search_accounts", "crm_get_account", "crm_list_open_opportunities", "crm_get_opportunity",
    "crm_get_activities", "crm_get_deal_contexts", "mail_get_thread", "usage_get_series", "knowledge_search",
    "copilot_triage_pipeline", "copilot_explain_deal", "copilot_propose_action"];
  const names = (out.tools ?? []).map((t) => t.name);
  const missing = expected.filter((n) => !names.includes(n));
  if (missing.length) return "missing tools: " + missing.join(", ");
  const noSchema = out.tools.filter((t) => !t.outputSchema).map((t) => t.name);
  if (noSchema.length) return "tools without an output schema: " + noSchema.join(", ");
' || fail "tools/list output lacks what closeloop offers"

echo "inspector-cli: tools/call crm_get_account as the account's owner"
inspect dana@northwind.io --method tools/call --tool-name crm_get_account --tool-arg accountId=a-globex | check '
  if (out.isError) return "the call failed: " + JSON.stringify(out.content);
  if (out.structuredContent?.account?.id !== "a-globex") return "no account a-globex in the structured content";
  if (!out.content?.[0]?.text?.includes("Globex")) return "no text rendering";
' || fail "crm_get_account did not answer"

echo "inspector-cli: tools/call copilot_explain_deal"
inspect dana@northwind.io --method tools/call --tool-name copilot_explain_deal --tool-arg opportunityId=o-101 | check '
  if (out.isError) return "the call failed: " + JSON.stringify(out.content);
  if (out.structuredContent?.deal?.verdict !== "act_now") return "o-101 should be act_now";
' || fail "copilot_explain_deal did not answer"

echo "inspector-cli: tools/call crm_get_account as another rep"
inspect raj@northwind.io --method tools/call --tool-name crm_get_account --tool-arg accountId=a-globex | check '
  if (!out.isError) return "a rep read another rep'"'"'s account";
  if (!/not_found/.test(out.content?.[0]?.text ?? "")) return "expected not_found, got " + JSON.stringify(out.content);
' || fail "permission filtering failed"

echo "inspector-cli: ok"

-- Drives `yici lsp` from Neovim's built-in LSP client (0.7 API, Debian 12), headless:
-- opens $YICI_FILE, waits for the server's diagnostics, asks for completion at line 11
-- (0-based 10), character 14, and writes what arrived to $YICI_OUT. Run with
-- `nvim --headless -u NONE -i NONE -n -c "luafile client.lua"`.
local yici, file, out = os.getenv("YICI_BINARY"), os.getenv("YICI_FILE"), os.getenv("YICI_OUT")
local lines = {}
local client = vim.lsp.start_client({ cmd = { yici, "lsp" }, root_dir = vim.fn.fnamemodify(file, ":h") })
vim.cmd("edit " .. vim.fn.fnameescape(file))
vim.lsp.buf_attach_client(0, client)
local arrived = vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end, 20)
table.insert(lines, "diagnostics arrived: " .. tostring(arrived))
local diagnostics = vim.diagnostic.get(0)
table.sort(diagnostics, function(a, b) return a.lnum < b.lnum end)
for _, d in ipairs(diagnostics) do
  table.insert(lines, string.format("%d:%d %s %s", d.lnum, d.col, d.code or "", (d.message:gsub("\n.*", ""))))
end
local params = { textDocument = { uri = vim.uri_from_bufnr(0) }, position = { line = 10, character = 14 } }
local responses = vim.lsp.buf_request_sync(0, "textDocument/completion", params, 15000) or {}
for _, response in pairs(responses) do
  for _, item in ipairs(response.result or {}) do
    if item.label == "has_license" or item.label == "width" then table.insert(lines, "completion: " .. item.label) end
  end
end
vim.fn.writefile(lines, out)
vim.lsp.stop_client(client)
vim.cmd("qa!")

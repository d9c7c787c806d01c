-- POST /v1/decisions with the benchmark lines in turn (wrk from Debian).
-- WRK_LINES, WRK_PATH and WRK_DELAY_MS (the mean pause of each connection between requests,
-- to pace the rate) from the environment; run from the repository root. The pauses are drawn
-- from an exponential distribution, so the connections' requests arrive as independent
-- clients' do (a Poisson stream); WRK_ARRIVALS=fixed keeps every pause at WRK_DELAY_MS, which
-- lets all connections fire in step, a burst of one request per connection each period.
local lines = {}
for line in io.lines(os.getenv("WRK_LINES") or "examples/benchmark/agree_1k.jsonl") do
  lines[#lines + 1] = line
end
local i = 0
local path = os.getenv("WRK_PATH") or "/v1/decisions"
local pause = tonumber(os.getenv("WRK_DELAY_MS") or "0")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  i = i % #lines + 1
  return wrk.format("POST", path, nil, lines[i])
end
if pause > 0 and os.getenv("WRK_ARRIVALS") == "fixed" then
  delay = function() return pause end
elseif pause > 0 then
  math.randomseed(os.time())
  delay = function() return -math.log(1 - math.random()) * pause end
end
dofile("examples/benchmark/serve/summary.lua")

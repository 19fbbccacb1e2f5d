-- Rotates over urls.txt (path given as the script's first argument) and counts answers that are
-- neither 2xx nor 304. wrk runs one Lua state per thread, so done() sums the threads' counters.
local urls = {}
local threads = {}
local counter = 0
bad = 0

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then table.insert(urls, line) end
  end
  counter = math.random(#urls)
end

function request()
  counter = counter % #urls + 1
  return wrk.format("GET", urls[counter])
end

function response(status, headers, body)
  if not ((status >= 200 and status < 300) or status == 304) then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local non2xx = 0
  for _, thread in ipairs(threads) do
    non2xx = non2xx + thread:get("bad")
  end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  io.write("\n| requests | seconds | req/s | p50 ms | p99 ms | max ms | non-2xx/304 | socket errors |\n")
  io.write("|---|---|---|---|---|---|---|---|\n")
  io.write(string.format("| %d | %.1f | %.0f | %.2f | %.2f | %.2f | %d | %d (connect %d, read %d, write %d, timeout %d) |\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    non2xx, socket, e.connect, e.read, e.write, e.timeout))
  local f = io.open(os.getenv("ODP_BENCH_RESULT") or "/dev/null", "w")
  f:write(string.format("%d %d\n", non2xx, socket))
  f:close()
end

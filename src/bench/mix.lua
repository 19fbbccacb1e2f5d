-- Rotates over the URLs of a file (path given as the script's first argument) and counts answers with an
-- unexpected status: anything but 2xx and 304, or, given a second argument, anything but that status
-- (run.sh measures one URL per file, and expects 304 when it revalidates). Headers given to wrk with -H
-- go with every request. wrk runs one Lua state per thread, so done() sums the threads' counters.
-- done() prints a table, then one parseable line:
--   RESULT requests=… seconds=… rps=… p50_ms=… p99_ms=… max_ms=… bytes_per_s=… unexpected=… socket_errors=…
-- and writes "unexpected socket-errors" to the file named by $ODP_BENCH_RESULT, if set.
local urls = {}
local threads = {}
local counter = 0
local expected = nil
bad = 0

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then table.insert(urls, line) end
  end
  expected = tonumber(args[2])
  counter = math.random(#urls)
end

function request()
  counter = counter % #urls + 1
  return wrk.format("GET", urls[counter])
end

function response(status, headers, body)
  if expected then
    if status ~= expected then bad = bad + 1 end
  elseif not ((status >= 200 and status < 300) or status == 304) then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local unexpected = 0
  for _, thread in ipairs(threads) do
    unexpected = unexpected + thread:get("bad")
  end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  local seconds = summary.duration / 1e6
  io.write("\n| requests | seconds | req/s | p50 ms | p99 ms | max ms | non-2xx/304 | socket errors |\n")
  io.write("|---|---|---|---|---|---|---|---|\n")
  io.write(string.format("| %d | %.1f | %.0f | %.2f | %.2f | %.2f | %d | %d (connect %d, read %d, write %d, timeout %d) |\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    unexpected, socket, e.connect, e.read, e.write, e.timeout))
  io.write(string.format(
    "RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p99_ms=%.3f max_ms=%.3f bytes_per_s=%.0f unexpected=%d socket_errors=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.bytes / seconds, unexpected, socket))
  local path = os.getenv("ODP_BENCH_RESULT")
  if path then
    local f = io.open(path, "w")
    f:write(string.format("%d %d\n", unexpected, socket))
    f:close()
  end
end

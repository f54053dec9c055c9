-- wrk script: optional pacing, status codes, and a JSON summary line.
-- WRK_DELAY_MS > 0 makes every connection wait that long between its requests (wrk's delay() hook),
-- which holds the offered rate near connections * 1000 / WRK_DELAY_MS per second. wrk is closed-loop:
-- a slow response delays the next request, so tail latency under pacing is understated (no correction
-- for coordinated omission, which wrk2 would give but Debian does not package).
-- Every response's status is counted (response() hook), because wrk's own "non-2xx" figure does not say which:
-- a 503 from a breaker and a 429 from a rate limit mean different things.
local pace = tonumber(os.getenv("WRK_DELAY_MS") or "0")

if pace > 0 then
  function delay()
    return pace
  end
end

-- QUERIES_FILE (a TSV whose first column is a query, "#" lines skipped) makes the requests cycle through
-- QUERY_PATH (default "/api/search?q=") plus each query, URL-encoded, every thread from its own random start.
-- UNCACHED=1 puts a different run of spaces and tabs before the query in every request: the search is the same
-- (whitespace is collapsed), but feed-service's rendered-response cache, keyed by the raw text, never answers it.
local queries_file = os.getenv("QUERIES_FILE")
local uncached = os.getenv("UNCACHED") == "1"
if queries_file then
  local prefix = os.getenv("QUERY_PATH") or "/api/search?q="
  local paths = {}
  for line in io.lines(queries_file) do
    local query = line:match("^([^\t]+)")
    if query and query:sub(1, 1) ~= "#" then
      local encoded = query:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end)
      table.insert(paths, prefix .. encoded)
    end
  end
  local next_path = nil
  local sent = 0
  local function whitespace(n)
    local bits = {}
    repeat
      table.insert(bits, n % 2 == 0 and "%20" or "%09")
      n = math.floor(n / 2)
    until n == 0
    return "%20" .. table.concat(bits)
  end
  function request()
    if not next_path then
      math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16))
      next_path = math.random(#paths)
      sent = math.random(1000000)
    end
    next_path = next_path % #paths + 1
    sent = sent + 1
    local path = paths[next_path]
    if uncached then
      local run = whitespace(sent)
      path = path:gsub("q=", function() return "q=" .. run end, 1)
    end
    return wrk.format("GET", path)
  end
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

local function status_json()
  local total = {}
  for _, thread in ipairs(threads) do
    local counted = thread:get("statuses") or {}
    for status, n in pairs(counted) do
      total[status] = (total[status] or 0) + n
    end
  end
  local keys = {}
  for status in pairs(total) do
    table.insert(keys, status)
  end
  table.sort(keys)
  local parts = {}
  for _, status in ipairs(keys) do
    table.insert(parts, string.format('"%d":%d', status, total[status]))
  end
  return "{" .. table.concat(parts, ",") .. "}"
end

-- the latency distribution, for the plots in docs/benchmarks.md
local cdf_points = { 1, 5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 97.5, 99, 99.5, 99.9, 99.99 }

local function cdf_json(latency)
  local parts = {}
  for _, p in ipairs(cdf_points) do
    table.insert(parts, string.format('"%s":%.3f', tostring(p), latency:percentile(p) / 1000))
  end
  return "{" .. table.concat(parts, ",") .. "}"
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests":%d,"seconds":%.2f,"rps":%.1f,"bytes":%d,"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"statuses":%s,"cdf_ms":%s,"latency_ms":{"mean":%.3f,"p50":%.3f,"p75":%.3f,"p90":%.3f,"p99":%.3f,"p999":%.3f,"max":%.3f}}\n',
    summary.requests, seconds, summary.requests / seconds, summary.bytes,
    e.connect, e.read, e.write, e.status, e.timeout, status_json(), cdf_json(latency),
    latency.mean / 1000, latency:percentile(50) / 1000, latency:percentile(75) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency:percentile(99.9) / 1000, latency.max / 1000))
end

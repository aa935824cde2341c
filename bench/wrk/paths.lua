-- wrk script: GET the request paths listed in a file, one per line, in turn (each wrk
-- thread starts at its own offset), asking for SPARQL JSON results.
-- Usage: wrk ... -s bench/wrk/paths.lua http://127.0.0.1:PORT -- PATHS_FILE
local paths = {}
local next_index = 1
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("offset", counter)
end

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  if #paths == 0 then error("no request paths in " .. args[1]) end
  next_index = ((offset or 1) - 1) * 7 % #paths + 1
end

function request()
  local path = paths[next_index]
  next_index = next_index % #paths + 1
  return wrk.format("GET", path, { ["Accept"] = "application/sparql-results+json" })
end

-- 8 people entering one inspection's feedback at once: each request creates a problem (numbered by the server)
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
local category = os.getenv("CATEGORY")
local n = 0
request = function()
  n = n + 1
  local body = '{"categoryId":' .. category .. ',"title":"关于并发录入第' .. n .. '项的问题","description":"基准测试录入。"}'
  return wrk.format(nil, nil, nil, body)
end

-- wrk script: POST the STAR example to the fleksløntilskud endpoint.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"maaned":"2024-05","timeloen":200,"timer":18}'

-- count answers that are not 200, so a fast error is never mistaken for throughput
local bad = 0
response = function(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("non-200 answers: %d\n", summary.errors.status))
end

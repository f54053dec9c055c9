#!/bin/bash
# The JRE image has neither curl nor wget; bash's /dev/tcp is enough for one local HTTP/1.0 request.
set -eu
exec 3<>"/dev/tcp/127.0.0.1/${SERVER_PORT}"
printf 'GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
read -r -t 2 _ status _ <&3
[ "${status}" = "200" ]

// kg-bench-server: kg's graph engine behind the line protocol of shared/bench/compare.py.
var server = ProtocolServer()
server.serve()

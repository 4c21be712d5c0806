# Operations (issue 7): the metrics, the log lines and the request ids of the reference server, on their own and
# through the real server in-process. (The graceful stop is the transport's: tests/server-stub/http/tst_httpserver.)
add_library(kj_metricstext STATIC operations/metricstext.cpp operations/metricstext.h)
target_link_libraries(kj_metricstext PUBLIC kj_common Qt6::Core)
foreach(test tst_servermetrics tst_observedrouter)
    kj_add_test(${test} SOURCES operations/${test}.cpp LIBS kj_server kj_metricstext LABELS server)
endforeach()
foreach(test tst_logfmt tst_logline)
    kj_add_test(${test} SOURCES operations/${test}.cpp LIBS kj_server LABELS server)
endforeach()
kj_add_test(tst_operationsapi
    SOURCES operations/tst_operationsapi.cpp http/rawhttpclient.cpp http/rawhttpclient.h
    LIBS kj_testsupport kj_metricstext Boost::headers LABELS server TIMEOUT 300)
kj_add_postgresql_variant(tst_operationsapi) # /healthz and the counters over a PostgreSQL store too

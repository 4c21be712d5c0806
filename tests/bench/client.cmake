# Client benchmark programs (tests/bench/client/): the store insert, the first-paint anchor, feed scrolling and
# the seeders of a client profile and of a server account. The bench_*.py drivers next to them run them.
find_package(SQLite3 REQUIRED)

add_library(kj_bench_client STATIC client/benchdiaries.cpp client/benchdiaries.h)
target_link_libraries(kj_bench_client PUBLIC kj_common kj_domain)

function(kj_add_client_bench name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE kj_common kj_bench_client ${ARG_LIBS})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/bin)
    add_dependencies(kj_bench_client_all ${name})
endfunction()

add_custom_target(kj_bench_client_all)
kj_add_client_bench(kj_bench_store_insert SOURCES client/storeinsert.cpp LIBS kj_store SQLite::SQLite3)
kj_add_client_bench(kj_bench_seed_profile SOURCES client/seedprofile.cpp LIBS kj_app kj_store)
kj_add_client_bench(kj_bench_seed_server SOURCES client/seedserver.cpp LIBS kj_server)
kj_add_client_bench(kj_bench_empty_window
    SOURCES client/emptywindow.cpp ${PROJECT_SOURCE_DIR}/app/gui/firstpaintprobe.cpp ${PROJECT_SOURCE_DIR}/app/gui/firstpaintprobe.h
    LIBS Qt6::Widgets)
kj_add_client_bench(kj_bench_feed_scroll SOURCES client/feedscroll.cpp LIBS kj_ui kj_app kj_models Qt6::Widgets Qt6::Network)
# The programs the drivers run besides these.
add_dependencies(kj_bench_client_all kongjian kongjian-cli kongjian-server)

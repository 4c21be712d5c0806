# Programs the server benchmarks (tests/bench/server/bench_*.py) drive; included from tests/bench/CMakeLists.txt.
# kj_bench_server_all builds them with the server itself.
add_executable(kj_bench_thumbnail ${CMAKE_CURRENT_SOURCE_DIR}/server/thumbnailbench.cpp)
target_link_libraries(kj_bench_thumbnail PRIVATE kj_common kj_server Qt6::Gui)
set_target_properties(kj_bench_thumbnail PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/bin)

add_custom_target(kj_bench_server_all DEPENDS kongjian-server kj_bench_thumbnail)

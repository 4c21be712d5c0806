# The desktop client `kongjian`: a short main() over kj_ui (widgets) and kj_app (composition root).
add_executable(kongjian gui/main.cpp gui/firstpaintprobe.cpp gui/firstpaintprobe.h)
target_link_libraries(kongjian PRIVATE kj_common kj_ui kj_app Qt6::Widgets Qt6::Network)
set_target_properties(kongjian PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/bin)

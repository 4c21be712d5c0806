# Compiler settings shared by every Kongjian target, in one INTERFACE target that each library links.
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
set(CMAKE_AUTOMOC ON)
if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

# mold links the hundred-odd test executables several times faster than GNU ld (the link step was an eighth of
# a whole build); without it the default linker is used.
find_program(KJ_MOLD mold)
if(KJ_MOLD)
    add_link_options(-fuse-ld=mold)
endif()

option(KJ_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(KJ_BENCH "Build the benchmarks of tests/bench (./dev bench builds them in Release)" OFF)
option(KJ_FUZZ "Build the libFuzzer targets of tests/fuzz (clang only; ./dev fuzz)" OFF)

add_library(kj_common INTERFACE)
# Includes are rooted at the source tree: #include "models/domain/diary.h"
target_include_directories(kj_common INTERFACE ${PROJECT_SOURCE_DIR})
target_compile_features(kj_common INTERFACE cxx_std_20)
target_compile_definitions(kj_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    KJ_VERSION="${PROJECT_VERSION}")
target_compile_options(kj_common INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
if(KJ_SANITIZE)
    target_compile_options(kj_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(kj_common INTERFACE -fsanitize=address,undefined)
endif()
if(KJ_FUZZ)
    # Coverage instrumentation for libFuzzer in every library; only the fuzz targets link the fuzzer's main.
    target_compile_options(kj_common INTERFACE -fsanitize=fuzzer-no-link)
endif()

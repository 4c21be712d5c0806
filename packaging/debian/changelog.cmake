# cmake -DIN=changelog.in -DOUT=.../changelog.gz -DPACKAGE=name -DVERSION=x.y.z -P changelog.cmake
# The Debian changelog of one package, compressed as Debian wants it (gzip -9n: no name, no time stamp).
get_filename_component(dir ${OUT} DIRECTORY)
set(text ${dir}/changelog)
configure_file(${IN} ${text} @ONLY)
execute_process(COMMAND gzip -9nf ${text} RESULT_VARIABLE failed)
if(failed)
    message(FATAL_ERROR "gzip ${text} failed")
endif()

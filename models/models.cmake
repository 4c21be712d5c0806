# Item models the UI shows (kj_models): read the local store, follow its change signals. No SQL, no URLs.
add_library(kj_models STATIC
    keyedlistmodel.h
    languagewatch.cpp languagewatch.h
    markdownexcerpt.cpp markdownexcerpt.h
    pageddiarymodel.cpp pageddiarymodel.h
    diarylistmodel.cpp diarylistmodel.h
    friendlistmodel.cpp friendlistmodel.h
    friendrequestmodel.cpp friendrequestmodel.h
)
target_link_libraries(kj_models
    PUBLIC kj_common kj_domain Qt6::Core Qt6::Gui
    PRIVATE kj_store)

# Models of one area of the window, listed by that folder's .cmake (target_sources(kj_models PRIVATE <area>/...)).
foreach(area feed photos music space everyday social)
    include(${CMAKE_CURRENT_LIST_DIR}/${area}/${area}.cmake OPTIONAL)
endforeach()

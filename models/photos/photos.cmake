# Item models of albums and photos (kj_models): an album grid, an album's photos, the upload queue.
target_sources(kj_models PRIVATE
    photos/albumlistmodel.cpp photos/albumlistmodel.h
    photos/cachedmedia.cpp photos/cachedmedia.h
    photos/photolistmodel.cpp photos/photolistmodel.h
    photos/uploadlistmodel.cpp photos/uploadlistmodel.h
)

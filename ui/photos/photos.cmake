# Albums and photos (kj_ui): the album grid, an album's photo grid, drops and imports, the upload panel and the
# photo viewer.
target_sources(kj_ui PRIVATE
    photos/albumdelegate.cpp photos/albumdelegate.h
    photos/albumdialog.cpp photos/albumdialog.h
    photos/albumspage.cpp photos/albumspage.h
    photos/photoexiftext.cpp photos/photoexiftext.h
    photos/photodelegate.cpp photos/photodelegate.h
    photos/photoviewer.cpp photos/photoviewer.h
    photos/thumbnailloader.cpp photos/thumbnailloader.h
    photos/uploadpanel.cpp photos/uploadpanel.h
    photos/zoomview.cpp photos/zoomview.h
)

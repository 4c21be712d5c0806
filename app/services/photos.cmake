# Albums and photos for the window (kj_app): my albums and captions, photo imports (pictures checked by
# content with QImageReader, hence Qt Gui), the upload queue held back and resumed, comments and likes. It reads
# albums and photos cached here as the photo models do (models/photos/cachedmedia.h), hence kj_models.
find_package(Qt6 REQUIRED COMPONENTS Gui)
target_sources(kj_app PRIVATE
    services/photoimport.cpp services/photoimport.h
    services/photoservice.cpp services/photoservice.h
)
target_link_libraries(kj_app PUBLIC kj_models Qt6::Gui)

# My space and friends' spaces: the home of module cards and decorating it (kj_ui).
target_sources(kj_ui PRIVATE
    space/decoratedialog.cpp space/decoratedialog.h
    space/picturedecoder.cpp space/picturedecoder.h
    space/skinpreview.cpp space/skinpreview.h
    space/spacecard.cpp space/spacecard.h
    space/spacepage.cpp space/spacepage.h
)

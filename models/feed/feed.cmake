# The friends' feed (kj_models): its entries read from the local store page by page, and their model.
target_sources(kj_models PRIVATE
    feed/feedentry.h
    feed/feedreader.cpp feed/feedreader.h
    feed/feedmodel.cpp feed/feedmodel.h
)

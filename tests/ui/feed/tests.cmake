# The friends' feed: its model over a cache of 100,000 items, and the page (composer, cards, actions)
# against the real server in this process.
kj_add_test(tst_feedscale SOURCES feed/tst_feedscale.cpp LIBS kj_models kj_store Qt6::Widgets LABELS ui models TIMEOUT 300)
kj_add_test(tst_feedpage SOURCES feed/tst_feedpage.cpp LIBS kj_ui kj_store kj_testsupport LABELS ui TIMEOUT 180)

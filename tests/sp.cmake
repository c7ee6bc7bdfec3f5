# Unit tests for the pure SP layer (syncclient/sp/).
foreach(cls spidentity actioncatalog urlpolicy redact)
    sp_add_test(tst_${cls} SOURCES unit/${cls}/tst_${cls}.cpp LIBS SyncClient LABELS unit)
endforeach()
sp_add_test(tst_sptokenexchange SOURCES unit/sptokenexchange/tst_sptokenexchange.cpp
            LIBS SyncClient Qt6::HttpServer LABELS unit)

# Client library sources (Twilio layer + SP layer), relative to syncclient/.
set(SYNC_CLIENT_SOURCES
    actionoutbox.cpp actionoutbox.h
    actionqueue.cpp actionqueue.h
    backoff.cpp backoff.h
    cdsreply.cpp cdsreply.h
    clientinfo_p.h
    region.cpp region.h
    logging.cpp logging_p.h
    syncerror.cpp syncerror.h
    syncoptions.h
    syncresult.h
    syncclient.cpp syncclient.h syncclient_p.h syncclient_outbox.cpp
    syncconnection.cpp syncconnection.h syncconnection_p.h
    syncdocument.cpp syncdocument.h
    synctransport.h
    twilsockchannel.cpp twilsockchannel.h
    websockettransport.cpp websockettransport.h
    wirelog.cpp wirelog.h
    wiretaptransport.cpp wiretaptransport.h
)

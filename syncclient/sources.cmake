# Client library sources (Twilio layer + SP layer), relative to syncclient/.
set(SYNC_CLIENT_SOURCES
    actionconsumer.cpp actionconsumer_p.h
    actionoutbox.cpp actionoutbox_p.h
    actionqueue.cpp actionqueue_p.h
    backoff.cpp backoff_p.h
    cdsreply.cpp cdsreply_p.h
    clientinfo_p.h
    connectionstate.h
    region.cpp region.h
    logging.cpp logging_p.h
    redact.cpp redact.h
    syncerror.cpp syncerror.h
    syncoptions.h
    syncresult.h syncresult_p.h
    outboxpump.cpp outboxpump_p.h
    syncclient.cpp syncclient.h syncclient_p.h
    syncconnection.cpp syncconnection.h syncconnection_p.h
    syncdocument.cpp syncdocument.h
    synctransport.h
    twilsockchannel.cpp twilsockchannel_p.h
    urlpolicy.cpp urlpolicy.h
    websockettransport.cpp websockettransport_p.h
    wirelog.cpp wirelog.h
    wiretaptransport.cpp wiretaptransport_p.h
)

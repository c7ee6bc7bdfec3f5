#pragma once

#include "await.h"
#include "consolecontroller.h"
#include "emulatorserver.h"
#include "sp/actioncatalog.h"
#include "syncclient.h"
#include "syncclientbackend.h"
#include "whenmodal.h"

#include <QApplication>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

// The in-process emulator with its demo principals, and a console controller on it as the demo
// proctor; other parties (the student's extension, a second proctor) are real SyncClients.
struct DemoConsole
{
    static SpEmu::EmulatorOptions options()
    {
        SpEmu::EmulatorOptions o;
        o.listenPort = 0;
        o.memory = true;
        o.demo = true;
        return o;
    }
    bool start()
    {
        if (!server->start(&error))
            return false;
        demo = *server->demo();
        ConsoleProfile profile;
        profile.baseUri = server->spApiUrl();
        profile.spToken = demo.proctorSpToken;
        backend = std::make_unique<SyncClientBackend>(profile);
        controller = std::make_unique<ConsoleController>(backend.get());
        controller->setCatalog(SpSync::ActionCatalog::builtin().toJsonWithFlags());
        error = u"cannot open the revision history"_s;
        return controller->openHistory(u":memory:"_s);
    }

    QString sessionDocument() const { return u"Session_"_s + demo.sessionSid; }

    // Joins the demo session as the demo proctor and waits until it is connected.
    bool joinSession()
    {
        JoinRequest join;
        join.sessionSid = demo.sessionSid;
        join.proctorSid = demo.proctorSid;
        controller->join(join);
        return QTest::qWaitFor(
            [this] { return backend->client(sessionDocument()) != nullptr; }, 15000);
    }

    // The student's side of the session document (its identity and SP token), as the extension.
    std::unique_ptr<SpSync::SyncClient> studentClient() const
    {
        SpSync::SyncClientConfig student;
        student.baseUri = server->spApiUrl();
        student.documentId = sessionDocument();
        student.identity = demo.sessionSid;
        student.token = demo.studentSpToken;
        const auto r = await(SpSync::SyncClient::create(student), 15000);
        return std::unique_ptr<SpSync::SyncClient>(SpSync::isOk(r) ? SpSync::value(r) : nullptr);
    }

    // Reset it to take the server away (the console goes offline).
    std::unique_ptr<SpEmu::EmulatorServer> server
        = std::make_unique<SpEmu::EmulatorServer>(options());
    SpEmu::Principals::Demo demo;
    std::unique_ptr<SyncClientBackend> backend;
    std::unique_ptr<ConsoleController> controller;
    QString error;
};

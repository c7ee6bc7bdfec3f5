#include "consolecontroller.h"
#include "fakebackend.h"
#include "profilestore.h"
#include "profileswitcher.h"
#include "sids.h"
#include "sp/actioncatalog.h"
#include "syncclientbackend.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Profiles: a stable id names the outbox (moved once from the label-named file), each profile
// remembers its documents, and switching never rejoins the previous server's documents unasked.
// Also the catalog flags the console relies on.
class TestProfiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stableIdNamesTheOutbox();
    void profilesRememberTheirDocuments();
    void catalogFlags();
};

namespace {
const QString kPu = u"PU"_s + QString(32, u'a');
JoinRequest session(char c)
{
    JoinRequest r;
    r.sessionSid = SpTest::sid(u"ES", c);
    r.proctorSid = kPu;
    return JoinRules::validate(r);
}
} // namespace

void TestProfiles::stableIdNamesTheOutbox()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ini = dir.filePath(u"console.ini"_s);
    QString id;
    {
        QSettings settings(ini, QSettings::IniFormat);
        ProfileStore store(&settings);
        ConsoleProfile p;
        p.name = u"Local (embedded emulator)"_s;
        p.baseUri = QUrl(u"https://sp.example/v1"_s);
        QVERIFY(store.saveProfile(p));
        id = store.profile(p.name)->id;
        QVERIFY(!id.isEmpty());
    }
    QSettings settings(ini, QSettings::IniFormat);
    ProfileStore store(&settings);
    auto p = store.profile(u"Local (embedded emulator)"_s);
    QCOMPARE(p->id, id); // the same after a restart

    // Actions waiting offline in the file named after the label (as before ids) are moved once.
    const QString legacy = dir.filePath(u"outbox-Local__embedded_emulator_.sqlite"_s);
    QFile f(legacy);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("waiting actions");
    f.close();
    const QString path = SyncClientBackend::outboxFile(*p, dir.path());
    QCOMPARE(path, dir.filePath(u"outbox-%1.sqlite"_s.arg(id)));
    QVERIFY(QFile::exists(path));
    QVERIFY(!QFile::exists(legacy));
    // Another language's label is another name but the same id, so the same file.
    ConsoleProfile spanish = *p;
    spanish.name = u"Local (emulador integrado)"_s;
    QCOMPARE(SyncClientBackend::outboxFile(spanish, dir.path()), path);
    QFile moved(path);
    QVERIFY(moved.open(QIODevice::ReadOnly));
    QCOMPARE(moved.readAll(), QByteArray("waiting actions"));
}

void TestProfiles::profilesRememberTheirDocuments()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"console.ini"_s), QSettings::IniFormat);
    ProfileStore store(&settings);
    store.setKeychainEnabled(false);
    for (const char *name : { "Alpha", "Beta" }) {
        ConsoleProfile p;
        p.name = QString::fromLatin1(name);
        p.baseUri = QUrl(u"https://%1.example/v1"_s.arg(p.name.toLower()));
        QVERIFY(store.saveProfile(p));
        store.storeToken(p.name, u"token-"_s + p.name);
    }
    FakeBackend alpha;
    ConsoleController controller(&alpha);
    QList<FakeBackend *> made;
    ProfileSwitcher switcher(&store, &controller, [&made](const ConsoleProfile &) {
        auto b = std::make_unique<FakeBackend>();
        made.append(b.get());
        return std::unique_ptr<ConsoleBackend>(std::move(b));
    });
    switcher.setCurrentProfile(u"Alpha"_s);
    controller.join(session('a'));
    controller.join(session('b'));
    QCOMPARE(store.joinedDocuments(u"Alpha"_s).size(), 2);

    // Switching to Beta: nothing of Alpha's server is joined there unasked.
    QSignalSpy switched(&switcher, &ProfileSwitcher::switched);
    switcher.switchTo(u"Beta"_s);
    QVERIFY(switched.wait(2000));
    QCOMPARE(made.size(), 1);
    QVERIFY(made.first()->joins.isEmpty());
    QVERIFY(controller.documents()->documents().isEmpty());
    QCOMPARE(store.joinedDocuments(u"Alpha"_s).size(), 2); // still remembered for Alpha
    controller.join(session('c'));
    QCOMPARE(store.joinedDocuments(u"Beta"_s).size(), 1);

    // Back to Alpha: its documents are offered and joined; the chooser sees both lists.
    QList<JoinRequest> offeredRemembered, offeredOpen;
    switcher.setRejoinChooser(
        [&](const QString &, const QList<JoinRequest> &remembered, const QList<JoinRequest> &open) {
            offeredRemembered = remembered;
            offeredOpen = open;
            return remembered;
        });
    switcher.switchTo(u"Alpha"_s);
    QVERIFY(switched.wait(2000));
    QCOMPARE(offeredRemembered.size(), 2);
    QCOMPARE(offeredOpen.size(), 1);
    QCOMPARE(made.last()->joins.size(), 2);
    QCOMPARE(controller.documents()->documents().size(), 2);

    // At start: remembered documents are rejoined, unless turned off.
    FakeBackend fresh;
    ConsoleController restarted(&fresh);
    ProfileSwitcher atStart(&store, &restarted, [](const ConsoleProfile &) {
        return std::unique_ptr<ConsoleBackend>(std::make_unique<FakeBackend>());
    });
    atStart.setCurrentProfile(u"Beta"_s);
    QVERIFY(store.rejoinAtStart(u"Beta"_s));
    atStart.rejoinRemembered();
    QCOMPARE(fresh.joins.size(), 1);
    store.setRejoinAtStart(u"Beta"_s, false);
    QVERIFY(!store.rejoinAtStart(u"Beta"_s));
}

void TestProfiles::catalogFlags()
{
    const auto &catalog = SpSync::ActionCatalog::builtin();
    QCOMPARE(
        catalog.secretFields(u"extension"_s, u"injectPassword"_s), QStringList { u"password"_s });
    for (const char *a : { "stopSession", "lockBrowser", "closeTabs" })
        QVERIFY2(catalog.needsConfirmation(u"extension"_s, QLatin1String(a)), a);
    QVERIFY(!catalog.needsConfirmation(u"extension"_s, u"getDisplayCount"_s));
    // Flags are not fields: not in the template, not in a built action.
    QVERIFY(!catalog.fields(u"extension"_s, u"injectPassword"_s).contains(u"$secret"_s));
    QVERIFY(!catalog.fields(u"extension"_s, u"stopSession"_s).contains(u"$confirm"_s));
    auto built = catalog.buildAction(u"extension.stopSession"_s, {}, u"me"_s);
    QVERIFY(SpSync::isOk(built));
    QVERIFY(!SpSync::value(built).contains(u"$confirm"_s));
    // The UI form carries them.
    QCOMPARE(catalog.toJsonWithFlags()
                 .value(u"extension"_s)
                 .toObject()
                 .value(u"injectPassword"_s)
                 .toObject()
                 .value(u"$secret"_s)
                 .toArray()
                 .size(),
        1);
    // Malformed flags are refused with a clear message.
    auto bad = SpSync::ActionCatalog::fromJson(R"({"x":{"a":{"f":null,"$secret":["g"]}}})");
    QVERIFY(!SpSync::isOk(bad));
    QVERIFY(SpSync::error(bad).message.contains(u"$secret"_s));
    auto badConfirm = SpSync::ActionCatalog::fromJson(R"({"x":{"a":{"$confirm":"yes"}}})");
    QVERIFY(!SpSync::isOk(badConfirm));
}

QTEST_MAIN(TestProfiles)
#include "tst_profiles.moc"

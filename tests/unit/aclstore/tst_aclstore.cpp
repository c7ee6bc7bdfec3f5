// AclStore: per-document read/write grants in SQLite.
#include "auth/aclstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using SpEmu::AclStore;

namespace {

const QString Alice = u"alice"_s;
const QString Bob = u"bob"_s;
const QString DocA = u"Session_A"_s;
const QString DocB = u"Session_B"_s;

int rowCount(const QString &connection)
{
    QSqlQuery q(QSqlDatabase::database(connection));
    if (!q.exec(u"SELECT COUNT(*) FROM acl_grants"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestAclStore : public QObject
{
    Q_OBJECT

private:
    const QString m_conn = u"tst_aclstore"_s;

private Q_SLOTS:
    void init()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_conn);
        db.setDatabaseName(u":memory:"_s);
        QVERIFY(db.open());
    }
    void cleanup()
    {
        QSqlDatabase::database(m_conn).close();
        QSqlDatabase::removeDatabase(m_conn);
    }

    void nothingGrantedByDefault()
    {
        AclStore acl(m_conn);
        QString error;
        QVERIFY2(acl.ensureSchema(&error), qPrintable(error));
        QVERIFY(!acl.canRead(Alice, DocA));
        QVERIFY(!acl.canWrite(Alice, DocA));
        QCOMPARE(rowCount(m_conn), 0);
    }

    void ensureSchemaIsIdempotent()
    {
        AclStore acl(m_conn);
        QVERIFY(acl.ensureSchema());
        QVERIFY(acl.grant(Alice, DocA, true, true));
        QVERIFY(acl.ensureSchema());
        QVERIFY(acl.canWrite(Alice, DocA));
    }

    void grantIsExact_data()
    {
        QTest::addColumn<bool>("read");
        QTest::addColumn<bool>("write");
        QTest::newRow("read+write") << true << true;
        QTest::newRow("read only") << true << false;
        QTest::newRow("write only") << false << true;
    }
    void grantIsExact()
    {
        QFETCH(bool, read);
        QFETCH(bool, write);
        AclStore acl(m_conn);
        QVERIFY(acl.ensureSchema());
        QVERIFY(acl.grant(Alice, DocA, read, write));
        QCOMPARE(acl.canRead(Alice, DocA), read);
        QCOMPARE(acl.canWrite(Alice, DocA), write);
        // Nothing leaks to another identity or document, and names are case-sensitive.
        QVERIFY(!acl.canRead(Bob, DocA) && !acl.canWrite(Bob, DocA));
        QVERIFY(!acl.canRead(Alice, DocB) && !acl.canWrite(Alice, DocB));
        QVERIFY(!acl.canRead(u"ALICE"_s, DocA));
        QVERIFY(!acl.canRead(Alice, u"session_A"_s));
        QCOMPARE(rowCount(m_conn), 1);
    }

    void grantReplaces()
    {
        AclStore acl(m_conn);
        QVERIFY(acl.ensureSchema());
        QVERIFY(acl.grant(Alice, DocA, true, true));
        QVERIFY(acl.grant(Alice, DocA, true, false));
        QVERIFY(acl.canRead(Alice, DocA));
        QVERIFY(!acl.canWrite(Alice, DocA));
        QVERIFY(acl.grant(Alice, DocA, false, false));
        QVERIFY(!acl.canRead(Alice, DocA));
        QCOMPARE(rowCount(m_conn), 0);
    }

    void revokeDocument()
    {
        AclStore acl(m_conn);
        QVERIFY(acl.ensureSchema());
        QVERIFY(acl.grant(Alice, DocA, true, true));
        QVERIFY(acl.grant(Bob, DocA, true, true));
        QVERIFY(acl.grant(Alice, DocB, true, true));
        QVERIFY(acl.revokeDocument(DocA));
        QVERIFY(!acl.canRead(Alice, DocA));
        QVERIFY(!acl.canRead(Bob, DocA));
        QVERIFY(acl.canRead(Alice, DocB));
    }

    void withoutSchemaNothingIsAllowed()
    {
        AclStore acl(m_conn);
        QVERIFY(!acl.grant(Alice, DocA, true, true));
        QVERIFY(!acl.canRead(Alice, DocA));
    }

    void grantsSurviveReopen()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"emu.sqlite"_s);
        const QString conn = u"tst_aclstore_file"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, conn);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            AclStore acl(conn);
            QVERIFY(acl.ensureSchema());
            QVERIFY(acl.grant(Alice, DocA, true, false));
            db.close();
        }
        QSqlDatabase::removeDatabase(conn);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, conn);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            AclStore acl(conn);
            QVERIFY(acl.ensureSchema());
            QVERIFY(acl.canRead(Alice, DocA));
            QVERIFY(!acl.canWrite(Alice, DocA));
            db.close();
        }
        QSqlDatabase::removeDatabase(conn);
    }
};

QTEST_GUILESS_MAIN(TestAclStore)
#include "tst_aclstore.moc"

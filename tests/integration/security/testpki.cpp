#include "testpki.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

// Blocking is fine: openssl is another process and nothing else runs meanwhile.
bool openssl(const QString &dir, const QStringList &args, QString *error)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2")
                     .arg(args.value(0), QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    return true;
}

QStringList newKey(const QString &keyFile)
{
    return { QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
        QStringLiteral("-keyout"), keyFile };
}

bool makeCa(const QString &dir, const QString &name, QString *error)
{
    return openssl(dir,
        QStringList { QStringLiteral("req"), QStringLiteral("-x509") } + newKey(name + u".key"_s)
            + QStringList { QStringLiteral("-out"), name + u".pem"_s, QStringLiteral("-days"),
                QStringLiteral("2"), QStringLiteral("-subj"), u"/CN=SP security test "_s + name,
                QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                QStringLiteral("-addext"),
                QStringLiteral("keyUsage=critical,keyCertSign,cRLSign") },
        error);
}

bool makeLeaf(const QString &dir, const QString &name, const QString &san, QString *error)
{
    QFile ext(QDir(dir).filePath(name + u".ext"_s));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\nsubjectAltName=");
    ext.write(san.toLatin1() + '\n');
    ext.close();
    return openssl(dir,
               QStringList { QStringLiteral("req") } + newKey(name + u".key"_s)
                   + QStringList { QStringLiteral("-out"), name + u".csr"_s,
                       QStringLiteral("-subj"), u"/CN="_s + name },
               error)
        && openssl(dir,
            { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                name + u".csr"_s, QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), name + u".pem"_s,
                QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                name + u".ext"_s },
            error);
}

QSslKey readKey(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QSslKey(f.readAll(), QSsl::Ec, QSsl::Pem);
}

} // namespace

bool TestPki::haveOpenssl()
{
    return !QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty();
}

bool TestPki::make(const QString &dir, QString *error)
{
    if (!makeCa(dir, QStringLiteral("ca"), error) || !makeCa(dir, QStringLiteral("other"), error)
        || !makeLeaf(
            dir, QStringLiteral("server"), QStringLiteral("IP:127.0.0.1,DNS:localhost"), error)
        || !makeLeaf(
            dir, QStringLiteral("wronghost"), QStringLiteral("DNS:sync.example.invalid"), error))
        return false;
    const QDir d(dir);
    caFile = d.filePath(QStringLiteral("ca.pem"));
    ca = QSslCertificate::fromPath(caFile);
    otherCa = QSslCertificate::fromPath(d.filePath(QStringLiteral("other.pem")));
    server = QSslCertificate::fromPath(d.filePath(QStringLiteral("server.pem"))).value(0);
    serverKey = readKey(d.filePath(QStringLiteral("server.key")));
    wrongHost = QSslCertificate::fromPath(d.filePath(QStringLiteral("wronghost.pem"))).value(0);
    wrongHostKey = readKey(d.filePath(QStringLiteral("wronghost.key")));
    if (ca.isEmpty() || otherCa.isEmpty() || server.isNull() || serverKey.isNull()
        || wrongHost.isNull() || wrongHostKey.isNull()) {
        *error = QStringLiteral("could not read the certificates openssl wrote");
        return false;
    }
    return true;
}

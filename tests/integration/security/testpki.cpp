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
    p.start(u"openssl"_s, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = u"openssl %1 failed: %2"_s.arg(
            args.value(0), QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    return true;
}

QStringList newKey(const QString &keyFile)
{
    return { u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s,
        u"-keyout"_s, keyFile };
}

bool makeCa(const QString &dir, const QString &name, QString *error)
{
    return openssl(dir,
        QStringList { u"req"_s, u"-x509"_s } + newKey(name + u".key"_s)
            + QStringList { u"-out"_s, name + u".pem"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                u"/CN=SP security test "_s + name, u"-addext"_s,
                u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                u"keyUsage=critical,keyCertSign,cRLSign"_s },
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
               QStringList { u"req"_s } + newKey(name + u".key"_s)
                   + QStringList { u"-out"_s, name + u".csr"_s, u"-subj"_s, u"/CN="_s + name },
               error)
        && openssl(dir,
            { u"x509"_s, u"-req"_s, u"-in"_s, name + u".csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s,
                u"ca.key"_s, u"-CAcreateserial"_s, u"-out"_s, name + u".pem"_s, u"-days"_s, u"2"_s,
                u"-extfile"_s, name + u".ext"_s },
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

bool TestPki::haveOpenssl() { return !QStandardPaths::findExecutable(u"openssl"_s).isEmpty(); }

bool TestPki::make(const QString &dir, QString *error)
{
    if (!makeCa(dir, u"ca"_s, error) || !makeCa(dir, u"other"_s, error)
        || !makeLeaf(dir, u"server"_s, u"IP:127.0.0.1,DNS:localhost"_s, error)
        || !makeLeaf(dir, u"wronghost"_s, u"DNS:sync.example.invalid"_s, error))
        return false;
    const QDir d(dir);
    caFile = d.filePath(u"ca.pem"_s);
    ca = QSslCertificate::fromPath(caFile);
    otherCa = QSslCertificate::fromPath(d.filePath(u"other.pem"_s));
    server = QSslCertificate::fromPath(d.filePath(u"server.pem"_s)).value(0);
    serverKey = readKey(d.filePath(u"server.key"_s));
    wrongHost = QSslCertificate::fromPath(d.filePath(u"wronghost.pem"_s)).value(0);
    wrongHostKey = readKey(d.filePath(u"wronghost.key"_s));
    if (ca.isEmpty() || otherCa.isEmpty() || server.isNull() || serverKey.isNull()
        || wrongHost.isNull() || wrongHostKey.isNull()) {
        *error = u"could not read the certificates openssl wrote"_s;
        return false;
    }
    return true;
}

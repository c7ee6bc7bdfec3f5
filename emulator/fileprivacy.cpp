#include "fileprivacy.h"

#include "emulatorlogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace SpEmu::FilePrivacy {

namespace {

    constexpr auto kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    constexpr auto kOwnerDir
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

    bool ownedByUs(const QString &path)
    {
        struct stat st
        {
        };
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 && st.st_uid == ::getuid();
    }

} // namespace

bool makePrivateDir(const QString &dir, QString *error)
{
    const QFileInfo info(dir);
    const bool existed = info.exists();
    if (existed && !info.isDir()) {
        *error = u"data directory %1 is not a directory"_s.arg(dir);
        return false;
    }
    if (!existed && !QDir().mkpath(dir)) {
        *error = u"cannot create data directory %1"_s.arg(dir);
        return false;
    }
    const bool ours
        = !existed || (QFileInfo::exists(QDir(dir).filePath(u"sync.sqlite"_s)) && ownedByUs(dir));
    if (ours) {
        if (!QFile::setPermissions(dir, kOwnerDir)) {
            *error = u"cannot make data directory %1 private (0700)"_s.arg(dir);
            return false;
        }
        return true;
    }
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(dir).constData(), &st) == 0 && (st.st_mode & 0077) != 0)
        qCWarning(lcServer).noquote()
            << u"data directory %1 is open to other users (mode %2); the database "
               u"in it is private, but consider chmod 700"_s.arg(dir)
                   .arg(st.st_mode & 0777, 3, 8, QLatin1Char('0'));
    return true;
}

bool makePrivateFile(const QString &path, QString *error)
{
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerFile)
            && !QFileInfo::exists(path)) {
            *error = u"cannot create %1: %2"_s.arg(path, file.errorString());
            return false;
        }
    }
    if (!restrictToOwner(path)) {
        *error = u"cannot make %1 private (0600)"_s.arg(path);
        return false;
    }
    return true;
}

bool restrictToOwner(const QString &path) { return QFile::setPermissions(path, kOwnerFile); }

bool readableByOthers(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && (st.st_mode & 0044) != 0;
}

} // namespace SpEmu::FilePrivacy

#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringView>

#include <cstddef>

namespace mailflow {

/**
 * One row of an enum's table: the value, its stable key (files, JSON, the command line) and an
 * optional title marked with QT_TR_NOOP, translated by the caller in its own context.
 *
 *   constexpr EnumName<TlsMode> tlsModes[] = {{TlsMode::Off, "off", QT_TR_NOOP("Off")}, ...};
 *   enumKey(tlsModes, mode);  parseEnumKey(tlsModes, text, &mode);
 *
 * A table that needs more columns uses its own row struct with the same value and key members.
 */
template<typename Enum> struct EnumName
{
    Enum value;
    const char *key;
    const char *title = nullptr;
};

/** The row of value, or nullptr when the table does not list it. */
template<typename Row, std::size_t N, typename Enum> constexpr const Row *findEnum(const Row (&table)[N], Enum value)
{
    for (const Row &row : table)
        if (row.value == value)
            return &row;
    return nullptr;
}

/** The key of value; empty when the table does not list it. */
template<typename Row, std::size_t N, typename Enum> QString enumKey(const Row (&table)[N], Enum value)
{
    const Row *row = findEnum(table, value);
    return row ? QString::fromLatin1(row->key) : QString();
}

/** The untranslated title of value; nullptr when there is none. */
template<typename Row, std::size_t N, typename Enum> constexpr const char *enumTitle(const Row (&table)[N], Enum value)
{
    const Row *row = findEnum(table, value);
    return row ? row->title : nullptr;
}

/** The value whose key is key (ignoring case unless told); false, value untouched, when none is. */
template<typename Row, std::size_t N, typename Enum>
bool parseEnumKey(const Row (&table)[N], QStringView key, Enum *value, Qt::CaseSensitivity cs = Qt::CaseInsensitive)
{
    for (const Row &row : table) {
        if (key.compare(QLatin1StringView(row.key), cs) == 0) {
            *value = row.value;
            return true;
        }
    }
    return false;
}

} // namespace mailflow

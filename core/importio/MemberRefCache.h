// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace md {

/// What an import has already found for each member reference, keyed by the reference as written.
/// Nearly every reference is a card, phone or member number: those are keyed by their digits and
/// length (so "0123" and "123" stay apart) instead of by text. A history names each member many times,
/// and a text key costs a heap string and its comparison on every row.
template <typename Value> class MemberRefCache
{
public:
    const Value* find(const QString& ref) const
    {
        quint64 key = 0;
        if (numericKey(ref, &key)) {
            const auto it = m_numeric.constFind(key);
            return it == m_numeric.constEnd() ? nullptr : &*it;
        }
        const auto it = m_text.constFind(ref);
        return it == m_text.constEnd() ? nullptr : &*it;
    }

    void insert(const QString& ref, const Value& value)
    {
        quint64 key = 0;
        if (numericKey(ref, &key))
            m_numeric.insert(key, value);
        else
            m_text.insert(ref, value);
    }

    /// Up to 17 digits: 10^17 × 32 still fits 64 bits.
    static bool numericKey(const QString& ref, quint64* key)
    {
        const qsizetype n = ref.size();
        if (n == 0 || n > 17)
            return false;
        quint64 value = 0;
        for (const QChar c : ref) {
            const char16_t u = c.unicode();
            if (u < u'0' || u > u'9')
                return false;
            value = value * 10 + (u - u'0');
        }
        *key = value * 32 + quint64(n);
        return true;
    }

private:
    QHash<quint64, Value> m_numeric;
    QHash<QString, Value> m_text;
};

} // namespace md

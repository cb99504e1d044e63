#include <algorithm>

#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/office/care/care.hpp"
#include "domains/office/common.hpp"

namespace zhixie::office::care {

nlohmann::json save_template(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                             const TemplateFields& t) {
    FieldErrors e;
    check::one_of(e, "kind", t.kind, kKinds);
    check::required(e, "title", t.title, 40);
    if (check::required(e, "body", t.body, 3000)) {
        // every {field} must be one the letters can fill
        for (auto open = t.body.find('{'); open != std::string::npos; open = t.body.find('{', open + 1)) {
            auto close = t.body.find('}', open);
            std::string field = t.body.substr(open, close == std::string::npos ? 1 : close - open + 1);
            if (std::find(kPlaceholders.begin(), kPlaceholders.end(), field) == kPlaceholders.end()) {
                // without its braces: the message catalogue treats {…} as its own placeholders
                e.add("body", "field_unknown_placeholder", {{"value", field.substr(1, field.size() - 2)}});
                break;
            }
        }
    }
    e.throw_if_any(lang, labels());
    auto tx = db.write();
    auto before = template_for(tx, me.committee_id, t.kind);
    const std::string now = clock::now_iso();
    if (before["builtin"].get<bool>()) {
        tx.exec(
            "INSERT INTO office_letter_templates (committee_id, kind, title, body, updated_at) VALUES (:c, "
            ":k, :t, "
            ":b, :now)",
            {{"c", me.committee_id}, {"k", t.kind}, {"t", t.title}, {"b", t.body}, {"now", now}});
    } else {
        if (t.version) expect_version(before["version"].get<int64_t>(), *t.version);
        if (tx.exec("UPDATE office_letter_templates SET title = :t, body = :b, version = version + 1, "
                    "updated_at = "
                    ":now WHERE id = :id AND version = :v",
                    {{"t", t.title},
                     {"b", t.body},
                     {"now", now},
                     {"id", before["id"].get<int64_t>()},
                     {"v", before["version"].get<int64_t>()}}) == 0)
            throw AppError::conflict("stale_version");
    }
    auto after = template_for(tx, me.committee_id, t.kind);
    audit::append(tx, actor, "office_letter_template.saved", "office_letter_template", t.kind,
                  {{"before", {{"title", before["title"]}, {"body", before["body"]}}},
                   {"after", {{"title", after["title"]}, {"body", after["body"]}}}});
    tx.commit();
    return after;
}

}  // namespace zhixie::office::care

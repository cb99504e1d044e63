#include "core/clock.hpp"
#include "domains/conversion/conversion.hpp"
#include "domains/office/common.hpp"
#include "workflow/engine.hpp"

namespace zhixie::conversion {

int64_t submit_report(storage::Tx& tx, const Caller& who, const audit::Actor& actor, Lang lang,
                      const NewReport& r) {
    FieldErrors e;
    std::vector<std::string> codes;
    for (const auto& k : kinds())
        codes.push_back(k.code);
    check::one_of(e, "kind", r.kind, codes);
    check::required(e, "title", r.title, 200);
    office::max_chars(e, "body", r.body, 20000);
    office::max_chars(e, "source_kind", r.source_kind, 40);
    const std::string today = clock::today_cst();
    const std::string on = r.submitted_on.empty() ? today : r.submitted_on;
    if (check::date(e, "submitted_on", on, true) && on > today)
        e.add("submitted_on", "field_date_in_future", {{"value", on}, {"today", today}});
    const int64_t year = r.year.value_or(on.size() >= 4 ? std::atoi(on.substr(0, 4).c_str()) : 0);
    if (year < 1950 || year > 2100)
        e.add("year", "field_out_of_range", {{"value", year}, {"min", 1950}, {"max", 2100}});
    if (r.body_id && !office::body_exists(tx, who.committee(), *r.body_id))
        e.add("body_id", "field_unknown_ref", {{"value", *r.body_id}});
    e.throw_if_any(lang, labels());
    const std::string now = clock::now_iso();
    const int64_t id = tx.insert(
        "INSERT INTO conversion_reports (committee_id, kind, title, year, body, body_id, submitted_on, "
        "source_kind, source_id, created_by, created_at, updated_at) VALUES (:c, :k, :t, :y, :b, :body, :on, "
        ":sk, :si, :by, :now, :now) RETURNING id",
        {{"c", who.committee()},
         {"k", r.kind},
         {"t", r.title},
         {"y", year},
         {"b", r.body},
         {"body", office::nullable(r.body_id)},
         {"on", on},
         {"sk", r.source_kind},
         {"si", office::nullable(r.source_id)},
         {"by", who.me.user_id ? storage::Value(who.me.user_id) : storage::Value{}},
         {"now", now}});
    // committees made before results conversion existed get the default workflow on first use
    if (!workflow::find_definition(tx, who.committee(), kWorkflow))
        workflow::install_defaults(tx, who.committee(), actor);
    const int64_t case_id =
        workflow::start_case(tx, who.committee(), kWorkflow, "conversion_report", id, actor);
    tx.exec("UPDATE conversion_reports SET case_id = :case WHERE id = :id", {{"case", case_id}, {"id", id}});
    record(tx, actor, "submitted", id,
           {{"kind", r.kind}, {"title", r.title}, {"year", year}, {"case", case_id}});
    return id;
}

}  // namespace zhixie::conversion

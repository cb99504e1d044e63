#include <tuple>

#include "audit/audit_log.hpp"
#include "core/field_errors.hpp"
#include "core/input.hpp"
#include "domains/proposals/proposals.hpp"

namespace zhixie::proposals {

namespace {

const FieldLabels& labels() {
    static const FieldLabels l = {
        {"plenary_start", {"大会提案起始日（月-日）", "Plenary window start (MM-DD)"}},
        {"plenary_end", {"大会提案截止日（月-日）", "Plenary window end (MM-DD)"}},
        {"sessions", {"各次会议提案时段", "Session windows"}},
        {"objection_days", {"申请调整期限（天）", "Objection window (days)"}},
        {"handling_days", {"办理期限（天）", "Handling deadline (days)"}},
        {"max_handling_days", {"最长办理期限（天）", "Longest handling deadline (days)"}},
        {"reply_classes", {"答复分类数", "Reply classes"}},
        {"categories", {"提案分类", "Categories"}},
        {"reject_grounds", {"不予立案理由", "Grounds for rejection"}},
    };
    return l;
}

void check_days(FieldErrors& e, const char* field, int64_t v, int64_t max) {
    if (v < 1 || v > max) e.add(field, "field_out_of_range", {{"min", 1}, {"max", max}, {"value", v}});
}

void check_list(FieldErrors& e, const char* field, const std::vector<std::string>& v) {
    if (v.empty()) e.add(field, "field_required");
    for (const auto& x : v)
        if (x.empty() || input::utf8_length(x) > 40) e.add(field, "field_invalid_choice", {{"value", x}});
}

}  // namespace

nlohmann::json get_settings(storage::Db& db, const auth::Principal& me) {
    auto tx = db.read();
    return settings_json(tx, me.committee_id, load_settings(tx, me.committee_id));
}

nlohmann::json update_settings(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                               Lang lang, const nlohmann::json& b) {
    auto tx = db.write();
    Settings s = load_settings(tx, me.committee_id);
    const Settings before = s;
    FieldErrors e;
    for (auto [field, value] :
         {std::pair{"plenary_start", &s.plenary_start}, {"plenary_end", &s.plenary_end}})
        if (auto v = input::opt_str(b, field, 5)) {
            *value = *v;
            check::date(e, field, "2000-" + *v, true);
        }
    for (auto [field, value, max] : {std::tuple{"objection_days", &s.objection_days, 60},
                                     {"handling_days", &s.handling_days, 365},
                                     {"max_handling_days", &s.max_handling_days, 365}})
        if (auto v = input::opt_int(b, field)) {
            *value = *v;
            check_days(e, field, *v, max);
        }
    if (s.max_handling_days < s.handling_days)
        e.add("max_handling_days", "field_out_of_range",
              {{"min", s.handling_days}, {"max", 365}, {"value", s.max_handling_days}});
    if (auto v = input::opt_int(b, "reply_classes")) {
        s.reply_classes = *v;
        if (*v != 3 && *v != 4) e.add("reply_classes", "field_invalid_choice", {{"value", *v}});
    }
    for (auto [field, value] :
         {std::pair{"categories", &s.categories}, {"reject_grounds", &s.reject_grounds}})
        if (auto v = input::opt_str_list(b, field)) {
            *value = *v;
            check_list(e, field, *v);
        }
    if (b.contains("sessions")) {
        if (!b["sessions"].is_array()) throw AppError::invalid_field("sessions");
        s.sessions.clear();
        for (const auto& x : b["sessions"]) {
            if (!x.is_object()) throw AppError::invalid_field("sessions");
            PlenarySession w{input::req_int(x, "session"), input::req_str(x, "start", 10),
                             input::req_str(x, "end", 10)};
            if (w.session < 1)
                e.add("sessions", "field_out_of_range", {{"min", 1}, {"max", 99}, {"value", w.session}});
            if (check::date(e, "sessions", w.start, true) && check::date(e, "sessions", w.end, true) &&
                w.end < w.start)
                e.add("sessions", "field_dates_out_of_order");
            s.sessions.push_back(w);
        }
    }
    e.throw_if_any(lang, labels());
    auto row = tx.one("SELECT settings FROM committees WHERE id = :c", {{"c", me.committee_id}});
    auto all = nlohmann::json::parse(row ? row->s("settings") : "{}", nullptr, false);
    if (!all.is_object()) all = nlohmann::json::object();
    auto out = settings_json(tx, me.committee_id, s);
    nlohmann::json stored = out;
    for (const char* derived : {"reply_class_names", "cosign_days", "rehandling_days"})
        stored.erase(derived);
    all["proposals"] = stored;
    tx.exec("UPDATE committees SET settings = :s WHERE id = :c", {{"s", all.dump()}, {"c", me.committee_id}});
    audit::append(tx, actor, "proposal.settings_updated", "committee", std::to_string(me.committee_id),
                  {{"before", settings_json(tx, me.committee_id, before)}, {"after", stored}});
    tx.commit();
    return out;
}

}  // namespace zhixie::proposals

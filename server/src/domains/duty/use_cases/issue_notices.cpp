#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "core/field_errors.hpp"
#include "domains/duty/duty.hpp"
#include "domains/duty/internal.hpp"
#include "domains/duty/notices.hpp"
#include "services/notify/notify.hpp"

namespace zhixie::duty {

// Staff issue a notice of one kind to the members picked from the candidates; all of them or none.
nlohmann::json issue_notices(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                             int64_t year, const std::string& kind, const std::vector<int64_t>& member_ids) {
    FieldErrors e;
    check::one_of(e, "kind", kind, {std::begin(kNoticeKinds), std::end(kNoticeKinds)});
    if (member_ids.empty()) e.add("member_ids", "field_required");
    const FieldLabels labels = {{"kind", {"通知类别", "Kind of notice"}},
                                {"member_ids", {"委员", "Members"}}};
    e.throw_if_any(lang, labels);
    const std::set<int64_t> picked(member_ids.begin(), member_ids.end());
    ensure_fresh(db, me.committee_id, year);
    auto tx = db.write();
    std::map<int64_t, Candidate> due;
    for (auto& c : candidates(tx, me.committee_id, year))
        if (c.kind == kind) due.emplace(c.member_id, std::move(c));
    for (int64_t id : picked) {
        auto it = due.find(id);
        if (it != due.end()) continue;
        auto m = tx.one("SELECT name FROM members WHERE id = :id AND committee_id = :c",
                        {{"id", id}, {"c", me.committee_id}});
        if (!m) throw AppError::not_found();
        e.add("member_ids", "duty_notice_not_due",
              {{"name", m->s("name")}, {"kind", notice_kind_name(kind, lang)}});
    }
    e.throw_if_any(lang, labels);
    for (int64_t id : picked)
        if (auto n = tx.one("SELECT issued_at FROM duty_notices WHERE committee_id = :c AND year = :y AND "
                            "member_id = :m AND kind = :k AND status <> 'withdrawn'",
                            {{"c", me.committee_id}, {"y", year}, {"m", id}, {"k", kind}}))
            throw AppError::conflict("duty_notice_exists", {{"name", due.at(id).name},
                                                            {"kind", notice_kind_name(kind, lang)},
                                                            {"date", n->s("issued_at").substr(0, 10)}});
    const std::string now = clock::now_iso();
    nlohmann::json items = nlohmann::json::array();
    int64_t notified = 0;
    for (int64_t member : picked) {
        const Candidate& c = due.at(member);
        const std::string reasons = c.reasons.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        const int64_t id = tx.insert(
            "INSERT INTO duty_notices (committee_id, year, member_id, kind, reasons, issued_by, "
            "issued_by_name, "
            "issued_at, created_at, updated_at) VALUES (:c, :y, :m, :k, :r, :by, :byname, :now, :now, :now) "
            "RETURNING id",
            {{"c", me.committee_id},
             {"y", year},
             {"m", member},
             {"k", kind},
             {"r", reasons},
             {"by", me.user_id},
             {"byname", me.display_name},
             {"now", now}});
        std::string body = fmt::format("根据{}年度委员履职情况，{}向您发出{}：", year, me.committee_name,
                                       notice_kind_name(kind));
        for (const auto& line : reason_lines(kind, c.reasons))
            body += line;
        notified += notify::send(tx,
                                 {me.committee_id, "duty_notice", notice_kind_name(kind), body, "/duty/mine",
                                  fmt::format("duty_notice:{}", id)},
                                 notify::users_of_members(tx, me.committee_id, {member}));
        audit::append(tx, actor, "duty.notice_issued", "duty_notice", std::to_string(id),
                      {{"member", member}, {"year", year}, {"kind", kind}, {"reasons", c.reasons}});
        items.push_back(notice_json(*tx.one(std::string(kNoticeSelect) + " WHERE n.id = :id", {{"id", id}})));
    }
    tx.commit();
    return {{"items", items}, {"notified", notified}};
}

}  // namespace zhixie::duty

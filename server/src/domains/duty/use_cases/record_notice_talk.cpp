#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "core/field_errors.hpp"
#include "domains/duty/duty.hpp"
#include "domains/duty/internal.hpp"
#include "domains/office/common.hpp"

namespace zhixie::duty {

// The talk held with the member on a notice (谈话): when, who talked, a note and the member's response.
nlohmann::json record_notice_talk(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                  Lang lang, int64_t id, const Talk& t, int64_t version) {
    auto tx = db.write();
    const auto n = notice_for_change(tx, me.committee_id, id, version);
    FieldErrors e;
    if (check::date(e, "talked_on", t.talked_on, true)) {
        const std::string issued = office::cst_date(n.s("issued_at"));
        if (t.talked_on < issued) e.add("talked_on", "duty_talk_before_notice", {{"date", issued}});
        if (t.talked_on > clock::today_cst())
            e.add("talked_on", "field_date_in_future", {{"today", clock::today_cst()}});
    }
    check::required(e, "talked_by", t.talked_by, 100);
    check::required(e, "note", t.note, 2000);
    office::max_chars(e, "response", t.response, 2000);
    e.throw_if_any(lang, {{"talked_on", {"谈话日期", "Date of the talk"}},
                          {"talked_by", {"谈话人", "Talked by"}},
                          {"note", {"谈话情况", "Notes of the talk"}},
                          {"response", {"委员表态", "The member's response"}}});
    const std::string now = clock::now_iso();
    tx.exec(
        "UPDATE duty_notices SET status = 'talked', talked_on = :on, talked_by = :by, talk_note = :note, "
        "member_response = :resp, talk_recorded_by = :u, version = version + 1, updated_at = :now WHERE id "
        "= :id",
        {{"on", t.talked_on},
         {"by", t.talked_by},
         {"note", t.note},
         {"resp", t.response},
         {"u", me.user_id},
         {"now", now},
         {"id", id}});
    audit::append(tx, actor, "duty.notice_talk_recorded", "duty_notice", std::to_string(id),
                  {{"member", n.i("member_id")}, {"talked_on", t.talked_on}, {"talked_by", t.talked_by}});
    auto out = notice_json(*tx.one(std::string(kNoticeSelect) + " WHERE n.id = :id", {{"id", id}}));
    tx.commit();
    return out;
}

}  // namespace zhixie::duty

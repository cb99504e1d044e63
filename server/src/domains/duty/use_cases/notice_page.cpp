#include <fmt/format.h>

#include "core/error.hpp"
#include "domains/duty/duty.hpp"
#include "domains/duty/internal.hpp"
#include "domains/office/common.hpp"
#include "services/print/document.hpp"

namespace zhixie::duty {

// The letter (提醒谈话通知书 / 劝辞建议书) as a print page: the committee, the member, the reasons in
// numbers, the office's signature and date; the talk when one was held, and the withdrawal when withdrawn.
std::string notice_page(storage::Db& db, const auth::Principal& me, int64_t id, bool own) {
    const auto member = own ? std::optional<int64_t>(my_member_id(db, me)) : std::nullopt;
    auto tx = db.read();
    auto r = tx.one(std::string(kNoticeSelect) + " WHERE n.id = :id AND n.committee_id = :c",
                    {{"id", id}, {"c", me.committee_id}});
    if (!r || (member && r->i("member_id") != *member)) throw AppError::not_found();
    const auto n = notice_json(*r);
    const std::string kind = r->s("kind"), year = std::to_string(r->i("year"));
    const bool reminder = kind == "reminder";
    const std::string title = reminder ? "提醒谈话通知书" : "劝辞建议书";
    print::Document doc(title);
    doc.heading(me.committee_name + title);
    if (r->s("status") == "withdrawn")
        doc.line(
            fmt::format("（本{}已于{}撤回。撤回理由：{}）", reminder ? "通知" : "建议",
                        print::cn_date(office::cst_date(r->s("withdrawn_at"))), r->s("withdrawn_reason")),
            "meta");
    doc.line(r->s("member_name") + "委员：", "salutation");
    doc.paragraphs(
        fmt::format("根据委员履职考核有关规定和本会{}年度委员履职积分规则，经统计，您{}年度的履职情况如下：",
                    year, year));
    std::string lines;
    for (const auto& l : n["lines"])
        lines += (lines.empty() ? "" : "\n") + l.get<std::string>();
    doc.paragraphs(lines);
    doc.paragraphs(reminder
                       ? "请您高度重视，认真履行政协委员职责，积极参加政协组织的会议和活动，按时完成"
                         "“五个一”履职任务。本会将安排专人与您谈话，了解情况，听取您的意见。"
                       : "依照《中国人民政治协商会议章程》和本会委员管理有关规定，政协委员无故连续两次不出席"
                         "全体会议，或者不能履行委员职责的，应当辞去委员。本会建议您主动提出辞去政协"
                         "委员，并请于收到本建议后与本会办公室联系。");
    doc.line(me.committee_name + "办公室", "signature")
        .line(print::cn_date(office::cst_date(r->s("issued_at"))), "signature");
    if (r->s("status") == "talked")
        doc.heading("谈话记录", 2)
            .table({"谈话日期", "谈话人", "谈话情况", "委员表态"},
                   {{print::cn_date(r->s("talked_on")), r->s("talked_by"), r->s("talk_note"),
                     r->s("member_response")}});
    return doc.html();
}

}  // namespace zhixie::duty

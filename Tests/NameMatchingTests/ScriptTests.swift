import Testing
@testable import NameMatching

/// Names in scripts other than Latin, and scripts without spaces between words.
@Suite("Scripts") struct ScriptTests {
    static let scriptCases: [NameCase] = [
        // Han and kana: honorific or full name; a name character inside another word is not the name
        NameCase("刘洋||女士", "刘女士，您的包裹到了。", used: true, forms: ["刘女士"]),
        NameCase("王芳||女士", "王府井那家店周末也开门。", used: false),
        NameCase("王芳||女士", "王先生，您的卡到了。", used: false),
        NameCase("张伟||先生", "请把这张表格填一下。", used: false),
        NameCase("张伟||先生", "张先生，您的药准备好了。", used: true, forms: ["张先生"]),
        NameCase("田中 健太||", "田中さん、こちらへどうぞ。中田先生は午後から来ます。", used: true, forms: ["田中さん"]),
        NameCase("田中 由紀||", "田中は本日お休みです。", used: false),
        NameCase("中村 翔||", "会場は中村区役所の隣です。", used: false),
        NameCase("山本 直樹||", "富山の天気は晴れです。本日はありがとうございました。", used: false),
        NameCase("佐藤 由紀||", "お砂糖はおいくつですか。", used: false),
        NameCase("渡辺 陽子||", "渡辺様、お待ちしておりました。", used: true, forms: ["渡辺様"]),
        // Hangul: particles and honorifics attached or after a space
        NameCase("이서준||", "서준 님, 주문하신 라떼 나왔습니다.", used: true, forms: ["서준 님"]),
        NameCase("김민준||", "김치찌개는 오늘 품절입니다.", used: false),
        NameCase("최유나||", "최유나 고객님 되시죠?", used: true, forms: ["최유나 고객님"]),
        NameCase("정수빈||", "정확한 일정은 문자로 보내 드릴게요.", used: false),
        NameCase("박지민||", "지민 씨, 들어오세요.", used: true),
        // Cyrillic, Greek, Arabic, Hebrew, Devanagari
        NameCase("Соколов Игорь Николаевич||", "Добрый день, Игорь Николаевич. Присаживайтесь.", used: true,
                 forms: ["Игорь Николаевич"]),
        NameCase("Кузнецова Ирина Павловна||", "Ирина Павловна, ваш заказ готов!", used: true),
        NameCase("Μαρία Οικονόμου||κυρία", "Καλησπέρα, κυρία Οικονόμου.", used: true, forms: ["κυρία Οικονόμου"]),
        NameCase("Νίκος Παππάς||κύριος", "Ορίστε, κύριε Νίκο!", used: true, forms: ["κύριε Νίκο"]),
        NameCase("خالد المصري||", "تفضل أستاذ خالد، الغرفة جاهزة.", used: true, forms: ["أستاذ خالد"]),
        NameCase("نور حسن||", "النور رجع الحمد لله.", used: false),
        NameCase("أمل يوسف||", "كلنا على أمل أن يتحسن الطقس.", used: false),
        NameCase("نور حسن||", "شكرا يا نور", used: true),
        NameCase("תמר לוי||", "תודה, תמר. ההזמנה יצאה היום.", used: true, forms: ["תמר"]),
        NameCase("सुनील वर्मा||", "वर्मा जी, आपका पार्सल आ गया है।", used: true, forms: ["वर्मा जी"]),
        NameCase("हरीश वर्मा||", "नमस्ते, आपकी दवा तैयार है।", used: false),
    ]

    @Test("names in other scripts", arguments: scriptCases) func script(_ example: NameCase) { example.verify() }
}

package dev.supervise.sample.people;

import java.util.SplittableRandom;

/**
 * Given names and surnames of Australians, lower-cased as in the FEBRL data, most common first and
 * drawn with a Zipf skew (the top surname about 1.3%, the top given names about 4% of their sex).
 * Spelling variants (katherine, catherine; smith, smyth) are real names in their own right.
 */
final class LatinNames {

    private static final Weighted<String> MALE = Weighted.zipfWords(String.join(" ",
            "john michael david peter robert paul james mark andrew christopher daniel matthew anthony stephen",
            "richard william thomas joshua ryan benjamin jack luke samuel nathan adam jason scott simon brian kevin",
            "timothy ian gregory craig shane wayne dean bradley brett darren glenn gary barry geoffrey graham keith",
            "kenneth ronald donald raymond colin neil trevor warren russell lachlan liam oliver noah ethan lucas",
            "harrison cooper mitchell jacob dylan jordan tyler aaron patrick sean nicholas alexander jonathan philip",
            "george henry charles edward frederick arthur albert harold leonard stanley norman douglas allan alan",
            "ross bruce kyle jake riley connor blake hayden joel zachary callum isaac max oscar archie hugo charlie",
            "leo jayden aidan brendan cameron tristan declan marcus vincent dominic luca minh duc tuan ahmed",
            "mohammed ali raj sanjay wei jun jon steven phillip jeffrey karl carl shaun shawn bryan allen kristopher",
            "mathew nicolas jackson jaxon aiden glen neal jeffery calum jaden reilly lochlan mitchel brett"), 8, 1.0);

    private static final Weighted<String> FEMALE = Weighted.zipfWords(String.join(" ",
            "sarah jessica emma emily olivia chloe charlotte sophie hannah jennifer michelle lisa karen susan julie",
            "kylie melissa rebecca nicole amanda kate katherine catherine elizabeth mary margaret patricia helen jane",
            "anne ann barbara carol christine deborah denise dianne donna elaine fiona gail heather janet joanne",
            "judith kerry leanne linda lynette maria natalie pamela rachel robyn ruth sandra sharon tanya tracey",
            "vanessa wendy alice amelia ava isabella mia grace ruby zoe lily ella georgia lucy matilda sienna isla",
            "evie harper willow scarlett jasmine holly madison tahlia caitlin brooke courtney danielle hayley jade",
            "jodie kirsty laura lauren megan renee samantha shannon stephanie tegan alison claire dorothy doris",
            "edna elsie gladys irene jean joan joyce june marjorie nancy norma shirley valerie joy beverley lorraine",
            "marion noeline rosemary sara isabel isabelle kathryn rebekah chantelle krystal crystal ngoc linh mai",
            "priya fatima mei ling zoey kaitlyn katelyn allison clare isobel tracy kerri diane jody haley teagan",
            "marian beverly noelene ashleigh ashley nathalie michele kylee meghan cathryn"), 8, 1.0);

    private static final Weighted<String> SURNAMES = Weighted.zipfWords(String.join(" ",
            "smith jones williams brown wilson taylor johnson white martin anderson thompson nguyen thomas walker",
            "harris lee ryan robinson kelly king davis wright evans roberts green hall wood jackson clarke patel khan",
            "lewis james phillips mitchell turner campbell murphy edwards hughes cook ward moore stewart morris young",
            "watson scott baker miller bell murray parker cooper collins hill allen reid morgan price graham shaw",
            "harrison brooks grant kennedy russell hunt mason marshall burns ross davies richardson cox wilkinson",
            "chapman gray hamilton simpson fraser butler macdonald mckenzie wallace sullivan oconnor obrien carroll",
            "doyle walsh quinn byrne gallagher fitzgerald dunn lynch hayes barnes bailey adams hunter fisher schmidt",
            "meyer becker wagner weber neumann hoffmann richter zimmermann kruger schultz rossi russo bianchi romano",
            "ricci marino greco conti esposito costa ferrari papadopoulos nikolaidis georgiou tran le pham hoang",
            "huynh vu dang bui do ho ngo duong ly wang li zhang liu chen yang huang zhao wu zhou xu sun singh kumar",
            "sharma ali ahmed hussain jensen hansen petersen andersen nielsen nelson olsen larsen thomson johnston",
            "stevens stephens stevenson matthews nicholls nicholson hart lane knight gibson ellis webb cole holmes",
            "lloyd palmer mills rogers jenkins lawrence dixon fox spencer warren wells burke kerr marsh pearce perry",
            "newman douglas black owen bishop hudson woods power porter day dean fletcher harvey barker ferguson",
            "carter berry rose duncan henderson paterson mcgregor maclean macleod kaur chan wong lam cheung leung ng",
            "tan lim goh clark stuart grey mcdonald mackenzie reed read schmitt mayer myers meyers fischer hanson",
            "peterson erickson johnstone jonson smyth browne greene leigh stephenson mathews nichols patterson mclean",
            "mcleod philips ericson thompsen nielson olson larson jenson kelley oconner bourke carrol gallager",
            "maier"), 30, 1.0);

    private LatinNames() {
    }

    static String given(SplittableRandom r, boolean male) {
        return (male ? MALE : FEMALE).pick(r);
    }

    static String surname(SplittableRandom r) {
        return SURNAMES.pick(r);
    }
}

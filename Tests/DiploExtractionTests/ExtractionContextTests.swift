import Testing
import DiploModel
import DiploExtraction

/// Rules that read the rest of the article: a name two people share, a planned event described by an
/// adjective, several agreements signed during a visit.
@Suite struct ExtractionContextTests {
    typealias F = Fixture

    @Test func sharedRoyalNameTakesTheCountryTheSentenceSpeaksOf() throws {
        let saudi = try F.actorID(named: "Abdullah of Saudi Arabia")
        let jordan = try F.actorID(named: "Abdullah II of Jordan")
        // Both kings reigned in 2008–2009: the place decides.
        let r1 = try F.extract("Barack Obama flew to Egypt from Saudi Arabia, where he held talks with King Abdullah on Wednesday about oil prices.",
                               published: "2009-06-04", language: "en")
        let m1 = r1.events(.meeting)
        try #require(m1.count == 1, "\(r1.dump)")
        #expect(m1[0].participantIDs.contains(saudi) && !m1[0].participantIDs.contains(jordan), "\(r1.dump)")
        let r2 = try F.extract("George W. Bush met King Abdullah in Amman on Monday to discuss Iraqi refugees.",
                               published: "2008-01-15", language: "en")
        let m2 = r2.events(.meeting)
        try #require(m2.count == 1, "\(r2.dump)")
        #expect(m2[0].participantIDs.contains(jordan) && !m2[0].participantIDs.contains(saudi), "\(r2.dump)")
    }

    @Test func sharedRoyalNameTakesThePersonInOfficeAtTheDate() throws {
        let jordan = try F.actorID(named: "Abdullah II of Jordan")
        // The Saudi king Abdullah died in 2015: in 2020 "le roi Abdallah" can only be Jordan's.
        let r = try F.extract("Le roi Abdallah s'est entretenu mardi par téléphone avec Emmanuel Macron de la situation au Liban.",
                              published: "2020-03-12")
        let calls = r.events(.call)
        try #require(calls.count == 1, "\(r.dump)")
        #expect(calls[0].participantIDs.contains(jordan), "\(r.dump)")
        #expect(calls[0].date.isoString == "2020-03-10", "\(r.dump)")
    }

    @Test func aFutureSummitIsNoSummitAndDoesNotRetypeTheVisit() throws {
        let fr = """
        Le Premier ministre indien Narendra Modi a été reçu vendredi à Kiev par Volodymyr Zelensky.

        Volodymyr Zelensky a invité l'Inde à accueillir un futur sommet pour la paix.
        """
        let r = try F.extract(fr, published: "2024-08-23")
        #expect(r.events(.summit).isEmpty, "\(r.dump)")
        #expect(r.events(.meeting).count == 1, "\(r.dump)")
        let en = """
        Indian Prime Minister Narendra Modi was received by Volodymyr Zelensky in Kyiv on Friday.

        Zelensky asked India to host a future peace summit.
        """
        let e = try F.extract(en, published: "2024-08-23", language: "en")
        #expect(e.events(.summit).isEmpty, "\(e.dump)")
        #expect(e.events(.meeting).count == 1, "\(e.dump)")
    }

    @Test func aSummitPlannedAfterItsComplementIsStillToCome() throws {
        // The future word follows the summit's complement ("de l'Otan", "of the African Union"), not the noun.
        let fr = try F.extract("Viktor Orban n'a pas dit s'il se rendrait au sommet de l'Otan prévu la semaine prochaine à Washington.",
                               published: "2024-07-05")
        #expect(fr.events(.summit).isEmpty, "\(fr.dump)")
        let en = try F.extract("Macky Sall said on Monday he would attend the summit of the African Union planned for February in Addis Ababa.",
                               published: "2023-01-16", language: "en")
        #expect(en.events(.summit).isEmpty, "\(en.dump)")
        // Without the future word, the same noun phrase reports a summit that took place.
        let past = try F.extract("Viktor Orban a participé mardi au sommet de l'Otan à Washington.", published: "2024-07-11")
        #expect(past.events(.summit).count == 1, "\(past.dump)")
    }

    @Test func aSecondVerbOfSayingHasTheSpeakerNamedJustBeforeIt() throws {
        let lavrov = try F.actorID(named: "Sergey Lavrov")
        let fr = try F.extract("Si Kiev avait affirmé samedi que « le G20 n'a pas de quoi être fier », le chef de la diplomatie russe, Sergueï Lavrov, a estimé dimanche que le résultat était « un succès ».",
                               published: "2023-09-11")
        let sunday = fr.events(.statement).filter { $0.date.isoString == "2023-09-10" }
        try #require(sunday.count == 1, "\(fr.dump)")
        #expect(sunday[0].participantIDs == [lavrov], "\(fr.dump)")
        let en = try F.extract("While Kyiv said on Saturday that the G20 had \"nothing to be proud of\", Russian Foreign Minister Sergei Lavrov said on Sunday that the outcome was \"a success\".",
                               published: "2023-09-11", language: "en")
        let enSunday = en.events(.statement).filter { $0.date.isoString == "2023-09-10" }
        try #require(enSunday.count == 1, "\(en.dump)")
        #expect(enSunday[0].participantIDs == [lavrov], "\(en.dump)")
    }

    @Test func aTitleWithoutCountryIsThePersonOfThatOfficeNamedLast() throws {
        let blinken = try F.actorID(named: "Antony Blinken")
        let kishi = try F.actorID(named: "Nobuo Kishi")
        let fr = """
        Antony Blinken effectue sa première tournée asiatique.

        Le secrétaire d'Etat s'est entretenu mardi à Tokyo avec le ministre japonais de la Défense Nobuo Kishi.
        """
        let r = try F.extract(fr, published: "2021-03-17")
        let m = r.events(.meeting)
        try #require(m.count == 1, "\(r.dump)")
        #expect(Set(m[0].participantIDs) == [blinken, kishi], "\(r.dump)")
        let en = """
        Antony Blinken is on his first Asian tour as America's top diplomat.

        The secretary of state met Japanese Defence Minister Nobuo Kishi in Tokyo on Tuesday.
        """
        let e = try F.extract(en, published: "2021-03-17", language: "en")
        let me = e.events(.meeting)
        try #require(me.count == 1, "\(e.dump)")
        #expect(Set(me[0].participantIDs) == [blinken, kishi], "\(e.dump)")
        // A plural title is several people: no single antecedent ("la réunion du Conseil des chefs d'État").
        let plural = """
        Kassym-Jomart Tokaïev préside cette année l'organisation.

        Les chefs d'État se sont réunis jeudi à Astana.
        """
        let p = try F.extract(plural, published: "2024-07-05")
        #expect(!p.events.contains { $0.participantIDs == [try! F.actorID(named: "Kassym-Jomart Tokayev")] }, "\(p.dump)")
    }

    @Test func anElectTitleIsTheWinnerAboutToTakeOffice() throws {
        let trump = try F.actorID(named: "Donald Trump")
        let tsai = try F.actorID(named: "Tsai Ing-wen")
        // December 2016: Obama is president; "le président élu" is Trump, who takes office in January.
        let fr = try F.extract("Le président élu américain s'est entretenu vendredi par téléphone avec la présidente taïwanaise Tsai Ing-wen.",
                               published: "2016-12-03")
        let c = fr.events(.call)
        try #require(c.count == 1, "\(fr.dump)")
        #expect(Set(c[0].participantIDs) == [trump, tsai], "\(fr.dump)")
        let en = try F.extract("Donald Trump won the election last month.\n\nThe president-elect spoke by phone with Taiwan's President Tsai Ing-wen on Friday.",
                               published: "2016-12-03", language: "en")
        let ce = en.events(.call)
        try #require(ce.count == 1, "\(en.dump)")
        #expect(Set(ce[0].participantIDs) == [trump, tsai], "\(en.dump)")
    }

    @Test func anEventWhoseDateIsNotSetOrWhichIsAwaitedIsNoEvent() throws {
        let notYet = [
            ("Un nouveau sommet entre Vladimir Poutine et Recep Tayyip Erdogan n'a pas été fixé.", "fr"),
            ("Aucune date n'a été fixée pour une rencontre entre Nikol Pachinian et Ilham Aliev.", "fr"),
            ("António Guterres doit se rendre jeudi à Kiev, où il sera reçu par Volodymyr Zelensky.", "fr"),
            ("Volodymyr Zelensky s'est dit prêt à rencontrer Vladimir Poutine en personne.", "fr"),
            ("No in-person meeting between Donald Trump and Xi Jinping has been scheduled.", "en"),
            ("No date has been set for a meeting between Ilham Aliyev and Nikol Pashinyan.", "en"),
            ("A meeting between Ilham Aliyev and Nikol Pashinyan could take place next month.", "en"),
            ("Recep Tayyip Erdogan said on Monday he was ready to meet Vladimir Putin in person.", "en"),
        ]
        try F.expect(notYet, published: "2022-04-20")
        // What happened stays: a meeting that achieved nothing, a call in which a meeting was agreed on.
        let failed = try F.extract("La rencontre entre Vladimir Poutine et Recep Tayyip Erdogan mardi à Sotchi n'a pas abouti.", published: "2022-04-20")
        #expect(failed.events(.meeting).count == 1, "\(failed.dump)")
        let call = try F.extract("Joe Biden and Emmanuel Macron held a phone call on Wednesday in which the two leaders agreed to meet in person next month.",
                                 published: "2021-09-23", language: "en")
        #expect(call.events(.call).count == 1 && call.events(.meeting).isEmpty, "\(call.dump)")
    }

    @Test func oneLeaderCallingSeveralHadOneCallWithEach() throws {
        let putin = try F.actorID(named: "Vladimir Putin")
        let fr = try F.extract("Vladimir Poutine s'est entretenu lundi au téléphone avec Benyamin Netanyahou, Mahmoud Abbas et Ebrahim Raïssi.",
                               published: "2023-10-17")
        let calls = fr.events(.call)
        #expect(calls.count == 3, "\(fr.dump)")
        #expect(calls.allSatisfy { $0.participantIDs.count == 2 && $0.participantIDs.contains(putin) }, "\(fr.dump)")
        // One video conference of three is one call.
        let together = try F.extract("Emmanuel Macron s'est entretenu mardi par visioconférence avec Olaf Scholz et Joe Biden.", published: "2023-10-17")
        #expect(together.events(.call).count == 1, "\(together.dump)")
        // Meetings only when they are said to be separate.
        let en = try F.extract("Recep Tayyip Erdogan held separate meetings with Vladimir Putin and with Hassan Rouhani in Tehran on Friday.",
                               published: "2018-09-08", language: "en")
        let meetings = en.events(.meeting)
        #expect(meetings.count == 2 && en.events(.summit).isEmpty, "\(en.dump)")
        let host = try F.extract("Recep Tayyip Erdogan met Vladimir Putin and Hassan Rouhani in Tehran on Friday.", published: "2018-09-08", language: "en")
        #expect(host.events(.meeting).count + host.events(.summit).count == 1, "\(host.dump)")
    }

    @Test func aSummitOfTwoStatesIsTheirLeadersMeeting() throws {
        let macron = try F.actorID(named: "Emmanuel Macron")
        let sunak = try F.actorID(named: "Rishi Sunak")
        let fr = try F.extract("Le 36e sommet franco-britannique s'est tenu vendredi à Paris. Rishi Sunak et Emmanuel Macron se sont retrouvés à l'Élysée.",
                               published: "2023-03-11")
        #expect(fr.events(.summit).isEmpty, "\(fr.dump)")
        let m = fr.events(.meeting)
        try #require(m.count == 1, "\(fr.dump)")
        #expect(Set(m[0].participantIDs) == [macron, sunak] && m[0].date.isoString == "2023-03-10", "\(fr.dump)")
        let en = try F.extract("Xi Jinping held talks with Kim Jong Un in Beijing on Monday, the first China-North Korea summit in seven years.",
                               published: "2018-03-28", language: "en")
        #expect(en.events(.summit).isEmpty && en.events(.meeting).count == 1, "\(en.dump)")
        // A summit of a state and an organisation, or of three states, stays a summit.
        let eu = try F.extract("Leaders gathered on Tuesday for the EU-China summit in Brussels.", published: "2018-03-28", language: "en")
        #expect(eu.events(.summit).count == 1, "\(eu.dump)")
    }

    @Test func aCallWithSomeoneIsAPhoneCall() throws {
        let en = try F.extract("Donald Trump paused the tariffs after a call with Canadian Prime Minister Justin Trudeau on Feb. 3.",
                               published: "2025-04-02", language: "en")
        #expect(en.events(.call).count == 1 && en.events(.meeting).isEmpty, "\(en.dump)")
        let fr = try F.extract("Donald Trump a suspendu les droits de douane après un appel avec le Premier ministre canadien Justin Trudeau le 3 février.",
                               published: "2025-04-02")
        #expect(fr.events(.call).count == 1 && fr.events(.meeting).isEmpty, "\(fr.dump)")
    }

    @Test func moreWaysOfConcludingAnAgreement() throws {
        let cases = [
            ("Emmanuel Macron et Xi Jinping ont bouclé lundi un accord sur l'aviation.", "fr"),
            ("L'accord entre Israël et les Emirats avait été annoncé le 13 août.", "fr"),
            ("Emmanuel Macron et Kassym-Jomart Tokaïev ont assisté lundi à la signature de plusieurs accords de coopération.", "fr"),
            ("Xi Jinping and Rodrigo Duterte then witnessed the signing of 13 agreements on Thursday.", "en"),
        ]
        try F.expect(cases, published: "2020-08-20", type: .agreement, count: 1)
    }

    @Test func talkingNowhereInParticularIsAPhoneCall() throws {
        let fr = try F.extract("Vladimir Poutine avait aussi parlé dimanche pendant près de deux heures avec Emmanuel Macron.", published: "2022-03-07")
        #expect(fr.events(.call).count == 1 && fr.events(.meeting).isEmpty, "\(fr.dump)")
        let en = try F.extract("Donald Trump and Xi Jinping last spoke on January 17.", published: "2025-04-02", language: "en")
        #expect(en.events(.call).count == 1 && en.events(.meeting).isEmpty, "\(en.dump)")
        // In person: a place, a setting, a meeting reported that day.
        let sidelines = try F.extract("Narendra Modi and Xi Jinping spoke briefly on the sidelines on Thursday.", published: "2023-08-25", language: "en")
        #expect(sidelines.events(.meeting).count == 1 && sidelines.events(.call).isEmpty, "\(sidelines.dump)")
        let place = try F.extract("Vladimir Poutine a parlé dimanche à Sotchi avec Recep Tayyip Erdogan.", published: "2022-03-07")
        #expect(place.events(.meeting).count == 1 && place.events(.call).isEmpty, "\(place.dump)")
        // "s'entretenir" is said of talks in person as often as by phone: it stays a meeting.
        let talks = try F.extract("Emmanuel Macron s'est entretenu mardi avec Roch Marc Christian Kaboré.", published: "2017-11-29")
        #expect(talks.events(.meeting).count == 1, "\(talks.dump)")
    }

    @Test func aDeadlineDatesNothingThatHappened() throws {
        // "d'ici au 15 juillet", "by July 15": what is to be done by then, not the day of the call.
        let fr = try F.extract("Emmanuel Macron et Hassan Rohani sont convenus samedi « d'explorer d'ici au 15 juillet les conditions d'une reprise du dialogue », à l'issue d'un entretien téléphonique.",
                               published: "2019-07-07")
        #expect(!fr.events.contains { $0.date.isoString.hasSuffix("-07-15") }, "\(fr.dump)")
        #expect(fr.events(.call).first?.date.isoString == "2019-07-06", "\(fr.dump)")
        let en = try F.extract("Vladimir Putin and Emmanuel Macron spoke by phone on Saturday and agreed to present proposals by July 15.",
                               published: "2019-07-07", language: "en")
        #expect(!en.events.contains { $0.date.isoString.hasSuffix("-07-15") }, "\(en.dump)")
        // "by" with a noun between is how, not by when: "spoke by phone Saturday" dates the call.
        let how = try F.extract("Antony Blinken also spoke by phone Saturday with Sergey Lavrov, urging Moscow to pursue diplomacy.",
                                published: "2022-02-13", language: "en")
        #expect(how.events(.call).first?.date.isoString == "2022-02-12" && how.events(.call).first?.date.basis == .relativeToPublication, "\(how.dump)")
    }

    @Test func noLongerHadTalksAndVirtualMeetings() throws {
        let none = try F.extract("Sergueï Lavrov et Antony Blinken n'avaient plus eu de discussions directes depuis plusieurs mois.", published: "2022-01-12")
        #expect(none.events.isEmpty, "\(none.dump)")
        let later = try F.extract("Ilham Aliev et Nikol Pachinian ont accepté de se retrouver prochainement.", published: "2024-02-12")
        #expect(later.events.isEmpty, "\(later.dump)")
        // A virtual meeting of two leaders is a video call.
        let video = try F.extract("Joe Biden and Xi Jinping held a virtual meeting on Monday.", published: "2021-11-16", language: "en")
        #expect(video.events(.call).count == 1 && video.events(.meeting).isEmpty, "\(video.dump)")
    }

    @Test func whatAParticipantSaidOfTheDaysTalksIsTheirReadout() throws {
        let en = try F.extract("Xi Jinping held talks with Emmanuel Macron in Paris on Monday.\n\nXi said that China and France should strengthen cooperation.",
                               published: "2024-05-07", language: "en")
        #expect(en.events(.statement).isEmpty && en.events(.meeting).count == 1, "\(en.dump)")
        let fr = try F.extract("Vladimir Poutine a reçu mardi au Kremlin Recep Tayyip Erdogan.\n\nLe président russe a salué une « coopération très étroite ».",
                               published: "2022-01-19")
        #expect(fr.events(.statement).isEmpty && fr.events(.meeting).count == 1, "\(fr.dump)")
        // A statement with a day of its own stays, even by a participant: "earlier on Monday".
        let own = try F.extract("Recep Tayyip Erdogan met Jens Stoltenberg in Vilnius on Monday.\n\nEarlier on Monday, Erdogan said Sweden had not done enough.",
                                published: "2023-07-11", language: "en")
        #expect(own.events(.statement).count == 1, "\(own.dump)")
    }

    @Test func oneThenAnotherAreTwoMeetings() throws {
        let fr = try F.extract("Emmanuel Macron a été reçu jeudi par Sergio Mattarella, puis par le pape François.", published: "2021-11-27")
        let m = fr.events(.meeting)
        #expect(m.count == 2 && fr.events(.summit).isEmpty, "\(fr.dump)")
        #expect(Set(m.map(\.date.isoString)) == ["2021-11-25"], "\(fr.dump)")
        let titles = try F.extract("Recep Tayyip Erdogan s'était entretenu lundi avec son homologue russe, puis avec le président iranien.", published: "2021-11-27")
        #expect(titles.events(.meeting).count == 2, "\(titles.dump)")
        let en = try F.extract("Recep Tayyip Erdogan met Vladimir Putin in Tehran on Tuesday and then with Ebrahim Raisi.", published: "2022-07-20", language: "en")
        #expect(en.events(.meeting).count == 2 && en.events(.summit).isEmpty, "\(en.dump)")
    }

    @Test func aCityBeforeTheEventNounIsWhereItWasNotAParty() throws {
        let r = try F.extract("Azerbaijan did not immediately comment on the Brussels talks.", published: "2023-05-15", language: "en")
        #expect(!r.events.contains { $0.participantIDs.contains("BE") || $0.participants.contains { $0.name == "Belgium" } }, "\(r.dump)")
        // Getting ready for a summit is not holding it.
        let ready = try F.extract("EU leaders are preparing for a summit opening in Brussels on Thursday.", published: "2025-02-12", language: "en")
        #expect(ready.events(.summit).isEmpty, "\(ready.dump)")
        let fr = try F.extract("Les dirigeants européens se préparent à un sommet à Bruxelles jeudi.", published: "2025-02-12")
        #expect(fr.events(.summit).isEmpty, "\(fr.dump)")
    }

    @Test func moreWaysOfMakingAStatement() throws {
        let fr = [
            "« Ce n'est pas la fin de l'histoire », a réagi l'Élysée vendredi soir.",
            "Donald Trump a écrit samedi sur son réseau Truth Social que la guerre devait cesser.",
            "Emmanuel Macron a reconnu jeudi la responsabilité de la France dans un discours à Kigali.",
        ]
        try F.expect(fr.map { ($0, "fr") }, published: "2024-12-07", type: .statement, count: 1)
        let en = [
            "Justin Trudeau told the House of Commons on Monday that Canada had credible allegations.",
            "Donald Trump tweeted on Saturday that he had withdrawn his support for the communique.",
            // What is said may be negative or about the future: the statement was made.
            "Justin Trudeau said on Sunday that Canada would not be bullied.",
        ]
        try F.expect(en.map { ($0, "en") }, published: "2023-09-20", type: .statement, count: 1)
    }

    @Test func aNounInTheClauseOfAFutureVerbIsStillToCome() throws {
        let en = try F.extract("Mark Carney is due to host Donald Trump and other leaders at the Group of Seven summit in Kananaskis in June.",
                               published: "2025-05-07", language: "en")
        #expect(en.events(.summit).isEmpty, "\(en.dump)")
        let fr = try F.extract("Mark Carney doit accueillir Donald Trump et les autres dirigeants lors du sommet du G7 à Kananaskis en juin.",
                               published: "2025-05-07")
        #expect(fr.events(.summit).isEmpty, "\(fr.dump)")
        // The proposal is to come; the call it was made in happened.
        let call = try F.extract("Joe Biden proposed the summit in a phone call with Vladimir Putin on April 13.", published: "2021-06-16", language: "en")
        #expect(call.events(.call).count == 1 && call.events(.summit).isEmpty, "\(call.dump)")
    }

    @Test func afterAFrontedClauseTheNounHasTheClausesSubject() throws {
        let erdogan = try F.actorID(named: "Recep Tayyip Erdoğan")
        let en = try F.extract("Ahead of the summit, Recep Tayyip Erdogan held separate bilateral meetings with Vladimir Putin and with Hassan Rouhani on Monday.",
                               published: "2019-09-17", language: "en")
        let m = en.events(.meeting)
        #expect(m.count == 2 && m.allSatisfy { $0.participantIDs.contains(erdogan) && $0.participantIDs.count == 2 }, "\(en.dump)")
        let fr = try F.extract("Avant le sommet, Recep Tayyip Erdogan a eu des entretiens séparés avec Vladimir Poutine et avec Hassan Rohani lundi.",
                               published: "2019-09-17")
        let mf = fr.events(.meeting)
        #expect(mf.count == 2 && mf.allSatisfy { $0.participantIDs.contains(erdogan) }, "\(fr.dump)")
    }

    @Test func aPronounCoordinatedWithANameIsThePreviousPerson() throws {
        let putin = try F.actorID(named: "Vladimir Putin")
        let r = try F.extract("Vladimir Putin was in a good mood in Ankara.\n\nHe and Recep Tayyip Erdogan held talks at the presidential complex on Tuesday and, by video link, launched the construction of a plant.",
                              published: "2018-04-05", language: "en")
        let m = r.events(.meeting)
        try #require(m.count == 1 && r.events(.call).isEmpty, "\(r.dump)")
        #expect(m[0].participantIDs.contains(putin) && m[0].date.isoString == "2018-04-03", "\(r.dump)")
    }

    @Test func aGroupAfterTwoNamesInItsSentenceIsThem() throws {
        let trump = try F.actorID(named: "Donald Trump")
        let modi = try F.actorID(named: "Narendra Modi")
        let en = try F.extract("Donald Trump said he had discussed the matter with Narendra Modi when the two leaders spoke by phone on Jan. 27.",
                               published: "2025-02-13", language: "en")
        let c = en.events(.call)
        try #require(c.count == 1, "\(en.dump)")
        #expect(Set(c[0].participantIDs) == [trump, modi] && c[0].date.isoString == "2025-01-27", "\(en.dump)")
        let fr = try F.extract("Justin Trudeau a dit avoir soulevé la question auprès de Narendra Modi lorsque les deux hommes se sont rencontrés le 10 septembre à New Delhi.",
                               published: "2023-09-19")
        let m = fr.events(.meeting)
        try #require(m.count == 1, "\(fr.dump)")
        #expect(m[0].participantIDs.contains(modi), "\(fr.dump)")
        // A group of two after three people: the first two, the speaker and the one addressed.
        let xi = try F.actorID(named: "Xi Jinping"), macron = try F.actorID(named: "Emmanuel Macron")
        let three = try F.extract("Xi Jinping told Emmanuel Macron on Thursday that he was ready to speak with Volodymyr Zelensky, an official said after the two leaders met in Beijing.",
                                  published: "2023-04-06", language: "en")
        #expect(three.events.count == 1 && Set(three.events(.meeting).first?.participantIDs ?? []) == [xi, macron], "\(three.dump)")
        let trois = try F.extract("Xi Jinping a dit jeudi à Emmanuel Macron être prêt à parler à Volodymyr Zelensky, selon l'Élysée, après que les deux hommes se sont rencontrés à Pékin.",
                                  published: "2023-04-06")
        #expect(trois.events.count == 1 && Set(trois.events(.meeting).first?.participantIDs ?? []) == [xi, macron], "\(trois.dump)")
        // A noun pointing back to talks the sentence announced as still to come is to come too.
        let future = try F.extract("Xi Jinping is also due to hold talks with Anthony Albanese on Tuesday, the first such meeting between leaders of the two countries since 2016.",
                                   published: "2022-11-14", language: "en")
        #expect(future.events.isEmpty, "\(future.dump)")
    }

    @Test func aCountrysCapitalByItsAdjectiveIsThatCity() throws {
        let en = try F.extract("Vladimir Putin arrived in the Turkish capital on Tuesday and met Recep Tayyip Erdogan.", published: "2018-04-05", language: "en")
        #expect(en.events(.meeting).first?.location?.name == "Ankara", "\(en.dump)")
        let fr = try F.extract("Vladimir Poutine est arrivé mardi dans la capitale turque, où il a rencontré Recep Tayyip Erdogan.", published: "2018-04-05")
        #expect(fr.events(.meeting).first?.location?.name == "Ankara", "\(fr.dump)")
        // "He and Erdogan held talks" after the arrival: the same visit, that day, even when a later summit is the news.
        let story = """
        The presidents of Turkey, Russia and Iran held a summit in Ankara on Wednesday.

        Vladimir Putin arrived in the Turkish capital on Tuesday for a two-day visit. He and Recep Tayyip Erdogan held talks at the presidential complex.
        """
        let r = try F.extract(story, published: "2018-04-05", language: "en")
        let bilateral = r.events(.meeting)
        try #require(bilateral.count == 1, "\(r.dump)")
        #expect(bilateral[0].date.isoString == "2018-04-03" && bilateral[0].participantIDs.count == 2, "\(r.dump)")
    }

    @Test func aListOfCountriesIsNoCityAndItsCountry() throws {
        let en = try F.extract("Turkey, Russia and Iran held a summit in Ankara on Wednesday.", published: "2018-04-05", language: "en")
        let s = en.events(.summit)
        try #require(s.count == 1, "\(en.dump)")
        #expect(s[0].participants.count == 3, "\(en.dump)")
        let fr = try F.extract("La Turquie, la Russie et l'Iran ont tenu mercredi un sommet à Ankara.", published: "2018-04-05")
        #expect(fr.events(.summit).first?.participants.count == 3, "\(fr.dump)")
        // "Sochi, Russia": the country says where the city is.
        let city = try F.extract("Vladimir Putin met Recep Tayyip Erdogan in Sochi, Russia, on Tuesday.", published: "2018-04-05", language: "en")
        #expect(city.events(.meeting).first?.participants.count == 2, "\(city.dump)")
    }

    @Test func thenAtAnotherPlaceIsAnotherEvent() throws {
        let story = """
        Vladimir Poutine a rencontré Recep Tayyip Erdogan lundi à Moscou.

        Les deux présidents s'étaient vus à Moscou le 23 janvier, puis à Sotchi le mois suivant, lors du sommet tripartite avec l'Iran.
        """
        let r = try F.extract(story, published: "2019-04-09")
        let january = r.events.filter { $0.date.isoString == "2019-01-23" }
        try #require(january.count == 1, "\(r.dump)")
        #expect(january[0].type == .meeting && january[0].location?.name == "Moscow", "\(r.dump)")
    }

    @Test func stalledTalksAndWishedSummitsAreNoEvents() throws {
        let cases = [
            ("Les pourparlers entre la Russie et l'Ukraine sont interrompus depuis le printemps 2022.", "fr"),
            ("Kiev souhaite également un sommet entre Volodymyr Zelensky et Vladimir Poutine.", "fr"),
            ("Talks between Russia and Ukraine have been stalled since the spring of 2022.", "en"),
            ("Kyiv wants a summit between Volodymyr Zelensky and Vladimir Putin.", "en"),
        ]
        try F.expect(cases, published: "2025-06-03")
        // Talks that happened and then stalled did happen.
        let held = try F.extract("Les pourparlers entre la Russie et l'Ukraine se sont tenus lundi à Istanbul.", published: "2025-06-03")
        #expect(held.events(.meeting).count == 1, "\(held.dump)")
    }

    @Test func talksOnHoldSinceADayAreNoEventOfThatDay() throws {
        try F.expect([("Les pourparlers entre Josep Borrell et Ali Bagheri sont en pause depuis vendredi dernier.", "fr"),
                      ("The talks between Josep Borrell and Ali Bagheri have been on hold since last Friday.", "en")],
                     published: "2022-03-16")
        // Talks held on a day, then paused, were held.
        let held = try F.extract("Josep Borrell et Ali Bagheri se sont rencontrés vendredi à Vienne, avant une pause dans les pourparlers.", published: "2022-03-16")
        #expect(held.events(.meeting).first?.date.isoString == "2022-03-11", "\(held.dump)")
    }

    @Test func whatFollowsAnEventStillToComeIsToComeToo() throws {
        try F.expect([("Des négociations russo-américaines doivent se tenir à Genève le 10 janvier, suivies d'une réunion Russie-OTAN à Bruxelles le 12 janvier.", "fr"),
                      ("Russian-US talks are due to be held in Geneva on Jan. 10, followed by a NATO-Russia meeting in Brussels on Jan. 12.", "en")],
                     published: "2021-12-28")
        // What followed a meeting that took place took place.
        let past = try F.extract("Vladimir Poutine a reçu Recep Tayyip Erdogan lundi à Sotchi, suivi d'un entretien avec Hassan Rohani mardi.", published: "2021-12-28")
        #expect(past.events(.meeting).count == 2, "\(past.dump)")
    }

    @Test func thoseAFutureRelativeClauseNamesAreNotInTheEventBeforeIt() throws {
        let wang = try F.actorID(named: "Wang Yi")
        let r = try F.extract("Wang Yi arrived in Turkey on Wednesday as part of a six-nation tour of the Middle East that will also take him to Iran, Bahrain and Oman.",
                              published: "2021-03-25", language: "en")
        #expect(r.events.allSatisfy { $0.participantIDs == [wang] }, "\(r.dump)")
        // Guard (passes either way): with a comma before it, the French relative already ended the clause.
        let fr = try F.extract("Wang Yi a rencontré mercredi Recep Tayyip Erdogan à Ankara, lors d'une tournée qui le mènera aussi en Iran, à Bahreïn et à Oman.",
                               published: "2021-03-25")
        #expect(fr.events(.meeting).first?.participantIDs == [wang, F.erdogan], "\(fr.dump)")
    }

    @Test func aCopyrightYearPicksTheDatelinesYear() throws {
        // Dec 30 was a Friday in 2016 and 2022, with Xi and Putin in office both times: the wire's copyright year decides.
        let text = "LONDON/BEIJING, Dec 30 (Reuters) - Chinese President Xi Jinping spoke by video link with Vladimir Putin on Friday.\n\n© 2022 Reuters. All rights reserved."
        let r = try F.extract(text, published: nil, language: "en")
        let c = r.events(.call)
        try #require(c.count == 1, "\(r.dump)")
        #expect(c[0].date.isoString == "2022-12-30" && c[0].participants.count == 2, "\(r.dump)")
        // Without it, nothing tells the two years apart: no day is invented.
        let bare = try F.extract("BEIJING, Dec 30 (Reuters) - Chinese President Xi Jinping spoke by video link with Vladimir Putin on Friday.", published: nil, language: "en")
        #expect(bare.events(.call).first?.date.precision == .range, "\(bare.dump)")
    }

    @Test func ministersOfThreeStatesMeetLeadersHoldASummit() throws {
        let ministers = try F.extract("Sergueï Lavrov, Mevlüt Çavuşoğlu et Hossein Amir-Abdollahian se sont réunis mercredi à Moscou.", published: "2023-05-11")
        #expect(ministers.events(.meeting).count == 1 && ministers.events(.summit).isEmpty, "\(ministers.dump)")
        let leaders = try F.extract("Vladimir Putin, Recep Tayyip Erdogan and Ebrahim Raisi met in Tehran on Tuesday.", published: "2022-07-20", language: "en")
        #expect(leaders.events(.summit).count == 1, "\(leaders.dump)")
    }

    @Test func aCopyrightSpanEndsWithThePagesYear() throws {
        let text = "Vladimir Poutine et Donald Trump ont eu ce jeudi 16 octobre un long entretien téléphonique.\n\n© 2005-2025 ANO TV-Novosti"
        let r = try F.extract(text, published: nil)
        #expect(r.events(.call).first?.date.isoString == "2025-10-16", "\(r.dump)")
    }

    @Test func anAdverbInsideAVerbOfSayingAndSpeeches() throws {
        let katz = try F.extract("Israël Katz a aussitôt dénoncé mardi sur X un accord qui récompense le terrorisme.", published: "2024-07-24")
        #expect(katz.events(.statement).count == 1 && katz.events(.agreement).isEmpty, "\(katz.dump)")
        let speech = try F.extract("Emmanuel Macron avait prononcé lundi un discours devant la Knesset.", published: "2024-07-24")
        #expect(speech.events(.statement).first?.date.isoString == "2024-07-22", "\(speech.dump)")
        let en = try F.extract("Narendra Modi delivered a speech to the US Congress on Thursday.", published: "2023-06-24", language: "en")
        #expect(en.events(.statement).count == 1, "\(en.dump)")
    }

    @Test func severalAgreementsSignedDuringAVisitAreOneSigning() throws {
        let kishida = try F.actorID(named: "Fumio Kishida")
        let modi = try F.actorID(named: "Narendra Modi")
        let fr = """
        Narendra Modi a rencontré jeudi à Tokyo le Premier ministre japonais Fumio Kishida.

        Les deux pays ont signé cinq accords de coopération, dans l'énergie et les transports.
        """
        let r = try F.extract(fr, published: "2022-03-19")
        let agreements = r.events(.agreement)
        try #require(agreements.count == 1, "\(r.dump)")
        #expect(agreements[0].involves(modi, kishida), "\(r.dump)")
        #expect(agreements[0].date.isoString == "2022-03-17", "\(r.dump)")
        // Agreements counted over years are no signing.
        let g = try F.extract("Depuis 2014, l'Inde et le Japon ont signé cinq accords de coopération.", published: "2022-03-19")
        #expect(g.events(.agreement).isEmpty, "\(g.dump)")
    }

    @Test func anAsideAboutTheGuestNamesNoParty() throws {
        let khamenei = try F.actorID(named: "Ali Khamenei")
        let abe = try F.actorID(named: "Shinzo Abe")
        let r = try F.extract("Le guide suprême iranien a reçu jeudi le Premier ministre japonais, venu en médiateur entre Téhéran et Washington.",
                              published: "2019-06-14")
        let meetings = r.events(.meeting)
        try #require(meetings.count == 1, "\(r.dump)")
        #expect(Set(meetings[0].participantIDs) == [khamenei, abe], "\(r.dump)")
        #expect(r.events(.summit).isEmpty, "\(r.dump)")
        let e = try F.extract("Iran's supreme leader received Japan's prime minister on Thursday, tasked with mediating between Tehran and Washington.",
                              published: "2019-06-14", language: "en")
        let em = e.events(.meeting)
        try #require(em.count == 1, "\(e.dump)")
        #expect(Set(em[0].participantIDs) == [khamenei, abe], "\(e.dump)")
        // A list of people goes on after its commas, and a passive names who held the event.
        let list = try F.extract("Vladimir Putin met Recep Tayyip Erdogan, Hassan Rouhani and Bashar al-Assad in Sochi on Tuesday.",
                                 published: "2019-06-14", language: "en")
        #expect(list.events(.summit).first?.participantIDs.count == 4, "\(list.dump)")
        let cochair = try F.extract("Le sommet s'est ouvert mercredi à Sotchi, coprésidé par Vladimir Poutine et Recep Tayyip Erdogan.",
                                    published: "2019-10-24")
        // Two leaders: a meeting, by the guidelines.
        #expect(cochair.events(.meeting).first?.involves(F.putin, F.erdogan) == true, "\(cochair.dump)")
    }

    @Test func aConditionNamesNoParty() throws {
        let r = try F.extract("Kim Jong-un et Moon Jae-in ont signé mercredi une déclaration commune, et le Nord fermera son site si les Etats-Unis font un geste.",
                              published: "2018-09-19")
        let agreements = r.events(.agreement)
        try #require(agreements.count == 1, "\(r.dump)")
        #expect(agreements[0].participants.allSatisfy { $0.country != "US" }, "\(r.dump)")
        let e = try F.extract("Kim Jong-un and Moon Jae-in signed a joint declaration on Wednesday, offering to close the site if the United States acts.",
                              published: "2018-09-19", language: "en")
        #expect(e.events(.agreement).first?.participants.allSatisfy { $0.country != "US" } == true, "\(e.dump)")
    }

    @Test func aTitledShortNameIsThePersonNamedInFull() throws {
        let moon = try F.actorID(named: "Moon Jae-in")
        let kim = try F.actorID(named: "Kim Jong-un")
        let text = """
        Le président sud-coréen Moon Jae-in est arrivé mardi à Pyongyang pour rencontrer Kim Jong-un.

        M. Moon et M. Kim se sont entretenus mardi après-midi.
        """
        let r = try F.extract(text, published: "2018-09-19")
        let meetings = r.events(.meeting)
        try #require(meetings.count == 1, "\(r.dump)")
        #expect(Set(meetings[0].participantIDs) == [moon, kim], "\(r.dump)")
    }

    @Test func theVisitOnWhichLeadersSignedIsTheirMeeting() throws {
        let fr = """
        Le président turc Recep Tayyip Erdogan et le Premier ministre grec Kyriakos Mitsotakis ont signé jeudi à Athènes une déclaration d'amitié.

        Au cours de cette visite de quelques heures, la première du dirigeant turc en Grèce depuis six ans, les ministres ont aussi parlé d'énergie.
        """
        let r = try F.extract(fr, published: "2023-12-07")
        let meetings = r.events(.meeting)
        try #require(meetings.count == 1, "\(r.dump)")
        #expect(meetings[0].date.isoString == "2023-12-07", "\(r.dump)")
        #expect(meetings[0].involves(F.erdogan), "\(r.dump)")
        #expect(meetings[0].location?.name == "Athens", "\(r.dump)")
        #expect(r.events(.agreement).count == 1, "\(r.dump)")
        let en = """
        Vladimir Putin and Kim Jong-un signed a strategic partnership treaty in Pyongyang on Wednesday.

        During the visit, the Russian leader was also shown a new hospital.
        """
        let e = try F.extract(en, published: "2024-06-19", language: "en")
        let em = e.events(.meeting)
        try #require(em.count == 1, "\(e.dump)")
        #expect(em[0].involves(F.putin), "\(e.dump)")
        #expect(em[0].date.isoString == "2024-06-19", "\(e.dump)")
        // A signing reported without a place says nothing of a trip.
        let none = try F.extract("Erdogan et Mitsotakis ont signé jeudi une déclaration d'amitié. Au cours de cette visite, ils ont parlé d'énergie.",
                                 published: "2023-12-07")
        #expect(none.events(.meeting).isEmpty, "\(none.dump)")
    }

    @Test func aDatelineDayWithTwoPossibleYearsTakesTheOneOfTheLeadsWeekday() throws {
        // Yoon and Kishida were both in office on 16 March 2023 and 2024; only in 2023 was it a Thursday.
        let text = """
        THE DAILY HERALD | National  Politics  Diplomacy

        TOKYO, March 16 -- President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida met on Thursday at the prime minister's office in Tokyo.
        """
        let r = try F.extract(text, published: nil, language: "en")
        let meetings = r.events(.meeting)
        try #require(meetings.count == 1, "\(r.dump)")
        #expect(meetings[0].date.isoString == "2023-03-16", "\(r.dump)")
        #expect(meetings[0].date.basis == .inferred, "\(r.dump)")
        // Without a weekday nothing tells the years apart: no day is invented, and the window starts at the first.
        let plain = try F.extract("TOKYO, March 16 -- President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida met at the prime minister's office in Tokyo.",
                                  published: nil, language: "en")
        let pm = plain.events(.meeting)
        try #require(pm.count == 1, "\(plain.dump)")
        #expect(pm[0].date.precision == .range, "\(plain.dump)")
        #expect(pm[0].date.earliest.iso >= "2023-03-16", "\(plain.dump)")
    }

    @Test func talksOnTheSidelinesOfASummitAreTheirOwnMeeting() throws {
        let rouhani = try F.actorID(named: "Hassan Rouhani")
        let en = """
        The leaders of Russia, Iran, Kazakhstan, Azerbaijan and Turkmenistan held a summit in Aktau on Sunday.

        On the sidelines of the summit, Putin held talks with Rouhani on Syria.
        """
        let r = try F.extract(en, published: "2018-08-12", language: "en")
        let meetings = r.events(.meeting)
        try #require(meetings.count == 1, "\(r.dump)")
        #expect(meetings[0].participantIDs == [F.putin, rouhani], "\(r.dump)")
        #expect(meetings[0].date.isoString == "2018-08-12", "\(r.dump)")
        #expect(r.events(.summit).count == 1, "\(r.dump)")
        let fr = """
        Les dirigeants de la Russie, de l'Iran, du Kazakhstan, de l'Azerbaïdjan et du Turkménistan ont tenu dimanche un sommet à Aktaou.

        En marge du sommet, Vladimir Poutine a rencontré Hassan Rohani.
        """
        let f = try F.extract(fr, published: "2018-08-12")
        let fm = f.events(.meeting)
        try #require(fm.count == 1, "\(f.dump)")
        #expect(fm[0].participantIDs == [F.putin, rouhani], "\(f.dump)")
    }

    @Test func mediatorsAnnouncingATruceReportTheAgreement() throws {
        let r = try F.extract("Egypt's Foreign Minister Mohamed Kamel Amr and US Secretary of State Hillary Clinton have announced a ceasefire between Israel and Hamas on Wednesday.",
                              published: "2012-11-21", language: "en")
        let agreements = r.events(.agreement)
        try #require(agreements.count == 1, "\(r.dump)")
        #expect(Set(agreements[0].participants.compactMap(\.country)).isSuperset(of: ["IL"]), "\(r.dump)")
        #expect(agreements[0].date.isoString == "2012-11-21", "\(r.dump)")
        // Announcing what is planned is no agreement.
        let plan = try F.extract("Egypt and the United States have announced a plan for talks on a ceasefire next week.", published: "2012-11-21", language: "en")
        #expect(plan.events(.agreement).isEmpty, "\(plan.dump)")
    }

    @Test func aGerundAfterACueSharesTheSentencesSubjectAndATripsPurposeHappened() throws {
        let clinton = try F.actorID(named: "Hillary Clinton")
        let abbas = try F.actorID(named: "Mahmoud Abbas")
        let r = try F.extract("Hillary Clinton told reporters in Cairo on Wednesday, shortly after meeting Egyptian President Mohamed Morsi at the presidential palace.",
                              published: "2012-11-21", language: "en")
        let meetings = r.events(.meeting)
        try #require(meetings.count == 1, "\(r.dump)")
        #expect(meetings[0].participantIDs.contains(clinton), "\(r.dump)")
        let trip = try F.extract("Hillary Clinton held talks in Jerusalem on Tuesday before travelling to Ramallah on Wednesday morning to meet Palestinian President Mahmoud Abbas.",
                                 published: "2012-11-21", language: "en")
        let tm = trip.events(.meeting).filter { $0.participantIDs.contains(abbas) }
        try #require(tm.count == 1, "\(trip.dump)")
        #expect(tm[0].date.isoString == "2012-11-21", "\(trip.dump)")
        // A trip still to come: its purpose has not happened.
        let future = try F.extract("Hillary Clinton will travel to Ramallah on Thursday to meet Palestinian President Mahmoud Abbas.",
                                   published: "2012-11-21", language: "en")
        #expect(future.events(.meeting).isEmpty, "\(future.dump)")
    }

    @Test func speakingByPhoneIsACall() throws {
        let r = try F.extract("Netanyahu agreed to the proposal after speaking by phone on Wednesday with US President Barack Obama.",
                              published: "2012-11-21", language: "en")
        let calls = r.events(.call)
        try #require(calls.count == 1, "\(r.dump)")
        #expect(calls[0].date.isoString == "2012-11-21", "\(r.dump)")
    }

    @Test func theBodyDatesTheStandfirstsUndatedTalks() throws {
        let text = """
        PM Modi, on his first state visit, held delegation-level talks with President Joe Biden.

        Prime Minister Narendra Modi and US President Joe Biden held talks at the White House on Thursday.
        """
        let r = try F.extract(text, published: "2023-06-23", language: "en")
        let meetings = r.events(.meeting)
        try #require(meetings.count == 1, "\(r.dump)")
        #expect(meetings[0].date.isoString == "2023-06-22", "\(r.dump)")
    }

    @Test func aContractSignedBeforeLeadersIsTheirAgreement() throws {
        let xi = try F.actorID(named: "Xi Jinping")
        let r = try F.extract("Gazprom et CNPC ont signé mercredi à Shanghaï, en présence des présidents Vladimir Poutine et Xi Jinping, un contrat de fourniture de gaz.",
                              published: "2014-05-21")
        let agreements = r.events(.agreement)
        try #require(agreements.count == 1, "\(r.dump)")
        #expect(agreements[0].involves(F.putin, xi), "\(r.dump)")
        #expect(agreements[0].date.isoString == "2014-05-21", "\(r.dump)")
        let e = try F.extract("Gazprom and CNPC signed on Wednesday in Shanghai, in the presence of Vladimir Putin and Xi Jinping, a 30-year gas contract.",
                              published: "2014-05-21", language: "en")
        #expect(e.events(.agreement).first?.involves(F.putin, xi) == true, "\(e.dump)")
        // A contract still to be signed is not one.
        let future = try F.extract("Gazprom et CNPC doivent signer un contrat de fourniture de gaz.", published: "2014-05-21")
        #expect(future.events(.agreement).isEmpty, "\(future.dump)")
    }

    @Test func aCallAfterWhichTwoLeadersActedIsTheirCall() throws {
        let r = try F.extract("Alexis Tsipras and Zoran Zaev announced the compromise on Tuesday, after a telephone conversation in which they settled the last points.",
                              published: "2018-06-17", language: "en")
        let calls = r.events(.call)
        try #require(calls.count == 1, "\(r.dump)")
        #expect(calls[0].participants.count == 2, "\(r.dump)")
        #expect(calls[0].date.isoString == "2018-06-12", "\(r.dump)")
        let fr = try F.extract("Alexis Tsipras et Zoran Zaev ont annoncé mardi le compromis, après un déjeuner de travail au bord du lac Prespa.",
                               published: "2018-06-17")
        let lunch = fr.events(.meeting)
        try #require(lunch.count == 1, "\(fr.dump)")
        #expect(lunch[0].participants.count == 2, "\(fr.dump)")
    }

    @Test func anAdverbInsideACompoundVerbBreaksNoTrigger() throws {
        let aliyev = try F.actorID(named: "Ilham Aliyev")
        let r = try F.extract("Recep Tayyip Erdoğan s'était déjà rendu à Bakou en décembre dernier pour assister, aux côtés d'Ilham Aliyev, au défilé de la victoire.",
                              published: "2021-06-15")
        let meetings = r.events(.meeting)
        try #require(meetings.count == 1, "\(r.dump)")
        #expect(meetings[0].involves(F.erdogan, aliyev), "\(r.dump)")
        #expect(meetings[0].date.isoString == "2020-12", "\(r.dump)")
        // The same words without the trip are no visit.
        let none = try F.extract("Recep Tayyip Erdoğan s'était déjà exprimé en décembre dernier sur le défilé de Bakou.", published: "2021-06-15")
        #expect(none.events(.meeting).isEmpty, "\(none.dump)")
    }

    @Test func aPronounAfterAnUnnamedTitleIsNotThePersonItMet() throws {
        let text = """
        Les diplomates s'inquiètent des improvisations du président élu, qui s'est entretenu vendredi au téléphone avec le président philippin Rodrigo Duterte.

        Mercredi, il s'était entretenu au téléphone avec le Premier ministre pakistanais Nawaz Sharif.
        """
        let r = try F.extract(text, published: "2016-12-03")
        let duterte = try F.actorID(named: "Rodrigo Duterte")
        let sharif = try F.actorID(named: "Nawaz Sharif")
        #expect(!r.events(.call).contains { $0.involves(duterte, sharif) }, "\(r.dump)")
    }

    @Test func aDateOpeningTheSentenceDatesAMentionThatPointsBack() throws {
        let r = try F.extract("On Wednesday evening, at their bilateral meeting in Ise, Shinzo Abe lodged a strong protest with Barack Obama.",
                              published: "2016-05-27", language: "en")
        let meetings = r.events(.meeting)
        try #require(meetings.count == 1, "\(r.dump)")
        #expect(meetings[0].date.isoString == "2016-05-25", "\(r.dump)")
        let fr = try F.extract("Mercredi soir, lors de leur rencontre bilatérale à Ise, Shinzo Abe a protesté auprès de Barack Obama.",
                               published: "2016-05-27")
        #expect(fr.events(.meeting).first?.date.isoString == "2016-05-25", "\(fr.dump)")
    }

    @Test func aReceptionInTheVisitsRelativeClauseTakesTheVisitsDate() throws {
        let assad = try F.actorID(named: "Bashar al-Assad")
        let text = """
        Bachar al-Assad a été accueilli vendredi à Djeddah par le prince héritier Mohammed ben Salmane.

        Le chef de la diplomatie saoudienne s'était rendu le 18 avril à Damas, où il avait été reçu par Bachar al-Assad.
        """
        let r = try F.extract(text, published: "2023-05-19")
        let damascus = r.events(.meeting).filter { $0.location?.name == "Damascus" }
        try #require(damascus.count == 1, "\(r.dump)")
        #expect(damascus[0].date.isoString == "2023-04-18", "\(r.dump)")
        #expect(damascus[0].participantIDs.contains(assad), "\(r.dump)")
    }

    @Test func aPronounSubjectAfterTheSettingIsItsOwnMeeting() throws {
        let mbs = try F.actorID(named: "Mohammed bin Salman")
        let zelensky = try F.actorID(named: "Volodymyr Zelensky")
        let text = """
        Le sommet de la Ligue arabe s'est tenu vendredi à Djeddah. Le président ukrainien Volodymyr Zelensky s'est adressé aux dirigeants arabes.

        En marge du sommet, il s'est entretenu avec le prince héritier saoudien Mohammed ben Salmane.
        """
        let r = try F.extract(text, published: "2023-05-19")
        #expect(r.events(.meeting).contains { $0.involves(mbs, zelensky) }, "\(r.dump)")
    }

    @Test func obtainingAnotherLeadersAgreementIsAnAgreementAndTalksAbroadAreWithTheHosts() throws {
        let medvedev = try F.actorID(named: "Dmitry Medvedev")
        let sarkozy = try F.actorID(named: "Nicolas Sarkozy")
        let text = """
        MOSCOU, 12 août 2008 (AFP) - Le président français Nicolas Sarkozy a obtenu mardi à Moscou l'accord de son homologue russe Dmitri Medvedev sur un plan de paix en six points.

        « C'est un progrès historique », a déclaré M. Sarkozy lors d'une conférence de presse au Kremlin, après plus de trois heures d'entretiens.
        """
        let r = try F.extract(text, published: nil)
        let agreements = r.events(.agreement)
        try #require(agreements.count == 1, "\(r.dump)")
        #expect(agreements[0].involves(sarkozy, medvedev), "\(r.dump)")
        #expect(agreements[0].date.isoString == "2008-08-12", "\(r.dump)")
        let meetings = r.events(.meeting)
        try #require(meetings.count == 1, "\(r.dump)")
        #expect(meetings[0].involves(sarkozy, medvedev), "\(r.dump)")
        // Obtaining something else from a host is no agreement.
        let other = try F.extract("Reçu vendredi par Xi Jinping, Olaf Scholz a obtenu de son hôte une prise de position contre la menace nucléaire.",
                                  published: "2022-11-05")
        #expect(other.events(.agreement).isEmpty, "\(other.dump)")
    }

    @Test func officialsOfOneStateMeetingAreNoDiplomaticEvent() throws {
        let r = try F.extract("Dmitri Medvedev a rencontré mardi au Kremlin son ministre de la Défense Anatoli Serdioukov.", published: "2008-08-12")
        #expect(r.events(.meeting).isEmpty, "\(r.dump)")
        #expect(r.nearMisses.contains { $0.reason.contains("same state") }, "\(r.nearMisses)")
        let e = try F.extract("Joe Biden spoke by phone on Tuesday with his Secretary of State Antony Blinken.", published: "2022-03-02", language: "en")
        #expect(e.events(.call).isEmpty, "\(e.dump)")
    }

    @Test func aBylineDateAfterABarDatesAnUndatedArticle() throws {
        let text = """
        Tokyo et Séoul concluent un accord

        Kim Hyun-soo   |28.12.2015

        Le Japon et la Corée du Sud ont annoncé lundi un accord sur les « femmes de réconfort ».
        """
        let r = try F.extract(text, published: nil)
        let agreements = r.events(.agreement)
        try #require(agreements.count == 1, "\(r.dump)")
        #expect(agreements[0].date.isoString == "2015-12-28", "\(r.dump)")
    }

    @Test func theSentencesLaterDateDatesItsFirstUndatedWords() throws {
        let park = try F.actorID(named: "Park Geun-hye")
        let text = "Park Geun-hye et Shinzo Abe s'étaient rencontrés pour la première fois en tête-à-tête le 2 novembre à Séoul."
        let r = try F.extract(text, published: "2015-12-28")
        let meetings = r.events(.meeting)
        try #require(meetings.count == 1, "\(r.dump)")
        #expect(meetings[0].date.isoString == "2015-11-02", "\(r.dump)")
        #expect(meetings[0].participantIDs.contains(park), "\(r.dump)")
    }

    @Test func earlierInTheDayIsTheDayOfTheEventJustReported() throws {
        let tusk = try F.actorID(named: "Donald Tusk")
        let text = """
        Les Vingt-Huit et Ankara se sont mis d'accord vendredi à Bruxelles sur un plan migratoire.

        Ahmet Davutoglu avait rencontré dans la matinée Donald Tusk pour une ultime séance de négociations.
        """
        let r = try F.extract(text, published: "2016-03-18")
        let agreements = r.events(.agreement)
        try #require(agreements.count == 1, "\(r.dump)")
        #expect(agreements[0].participants.contains { $0.name == "European Union" }, "\(r.dump)")
        let meetings = r.events(.meeting)
        try #require(meetings.count == 1, "\(r.dump)")
        #expect(meetings[0].participantIDs.contains(tusk), "\(r.dump)")
        #expect(meetings[0].date.isoString == "2016-03-18", "\(r.dump)")
    }

    @Test func theTwoLeadersHeldTalksIsOneMeeting() throws {
        let text = """
        Donald Trump received Benjamin Netanyahu at the White House on Tuesday.

        The two leaders held talks in the Oval Office before a joint news conference.
        """
        let r = try F.extract(text, published: "2025-02-05", language: "en")
        #expect(r.events(.meeting).count == 1, "\(r.dump)")
        #expect(!r.nearMisses.contains { $0.reason.contains("plural") }, "\(r.nearMisses)")
    }

    @Test func aNegationBeforeButDoesNotReachTheCallAfterIt() throws {
        let r = try F.extract("Joe Biden did not take part in the talks but spoke to Recep Tayyip Erdogan by phone on Monday.",
                              published: "2022-07-01", language: "en")
        let calls = r.events(.call)
        try #require(calls.count == 1, "\(r.dump)")
        #expect(calls[0].involves(F.erdogan), "\(r.dump)")
        let fr = try F.extract("Joe Biden n'a pas participé aux discussions mais s'est entretenu lundi au téléphone avec Recep Tayyip Erdogan.",
                               published: "2022-07-01")
        #expect(fr.events(.call).count == 1, "\(fr.dump)")
    }

    @Test func leadersGatheredInSummitHoldASummit() throws {
        let text = "Réunis en sommet mercredi à Madrid, les dirigeants de l'Otan ont invité la Finlande et la Suède à rejoindre l'Alliance."
        let r = try F.extract(text, published: "2022-06-30")
        let summits = r.events(.summit)
        try #require(summits.count == 1, "\(r.dump)")
        #expect(summits[0].date.isoString == "2022-06-29", "\(r.dump)")
        #expect(r.events(.meeting).isEmpty, "\(r.dump)")
    }

    @Test func aDeclarationIsAnAgreementOnlyAsTheObjectOfSigning() throws {
        let tebboune = try F.actorID(named: "Abdelmadjid Tebboune")
        let r = try F.extract("Emmanuel Macron a signé samedi avec son homologue algérien, Abdelmadjid Tebboune, une « déclaration d'Alger » pour un partenariat renouvelé.",
                              published: "2022-08-27")
        let agreements = r.events(.agreement)
        try #require(agreements.count == 1, "\(r.dump)")
        #expect(agreements[0].involves(F.macron, tebboune), "\(r.dump)")
        // A declaration someone makes, or an old text a new one replaces, is none.
        let statement = try F.extract("Dans une déclaration publiée mardi, le Kremlin a affirmé que les pourparlers n'avançaient pas.", published: "2022-08-27")
        #expect(statement.events(.agreement).isEmpty, "\(statement.dump)")
        let replaced = try F.extract("Dmitri Medvedev et Barack Obama ont signé jeudi à Prague le nouveau traité Start, qui remplace le document de 1991.",
                                     published: "2010-04-09")
        #expect(replaced.events(.agreement).map(\.date.isoString) == ["2010-04-08"], "\(replaced.dump)")
    }

    @Test func threeLeadersAreTheGroupOfTheEventJustReported() throws {
        let abiy = try F.actorID(named: "Abiy Ahmed")
        let text = """
        Le Premier ministre éthiopien Abiy Ahmed et le président somalien Hassan Cheikh Mohamoud ont accepté mercredi à Ankara une « déclaration » commune négociée sous l'égide de Recep Tayyip Erdoğan.

        Les trois dirigeants se sont entretenus pendant plusieurs heures au complexe présidentiel.
        """
        let r = try F.extract(text, published: "2024-12-12")
        let agreements = r.events(.agreement)
        try #require(agreements.count == 1, "\(r.dump)")
        #expect(agreements[0].participantIDs.contains(abiy), "\(r.dump)")
        #expect(agreements[0].date.isoString == "2024-12-11", "\(r.dump)")
        let meetings = r.events(.meeting) + r.events(.summit)
        try #require(meetings.count == 1, "\(r.dump)")
        #expect(meetings[0].involves(abiy, F.erdogan), "\(r.dump)")
        let en = try F.extract("Putin hosted Erdogan and Raisi in Tehran on Tuesday. The three leaders discussed Syria.", published: "2022-07-20", language: "en")
        #expect((en.events(.summit) + en.events(.meeting)).count == 1, "\(en.dump)")
    }

    @Test func leJourMemeIsTheDayTheSentenceNamed() throws {
        let tebboune = try F.actorID(named: "Abdelmadjid Tebboune")
        let text = """
        Emmanuel Macron a signé samedi à Alger avec Abdelmadjid Tebboune une « déclaration d'Alger ».

        Arrivé jeudi, le président français avait été reçu le jour même par Abdelmadjid Tebboune pour un long entretien.
        """
        let r = try F.extract(text, published: "2022-08-27")
        let meetings = r.events(.meeting).filter { $0.involves(F.macron, tebboune) }
        try #require(!meetings.isEmpty, "\(r.dump)")
        #expect(meetings.contains { $0.date.isoString == "2022-08-25" }, "\(r.dump)")
    }

    @Test func anOrganisationsCodeStandsForTheOrganisationNotOneOfItsBodies() throws {
        // "la présidente de la Commission européenne" with no holder known: the EU, the same in every run.
        let r = try F.extract("Le président Kaïs Saïed a reçu dimanche au palais de Carthage la présidente de la Commission européenne et les chefs des gouvernements italien et néerlandais.",
                              published: "2023-07-17")
        let names = Set(r.events.flatMap(\.participants).map(\.name))
        #expect(!names.contains("European Parliament") && !names.contains("European Council"), "\(r.dump)")
    }

    @Test func theSigningOfATreatyIsTheAgreementAndNotTheSummitsDate() throws {
        let text = """
        Les présidents tadjik Emomali Rakhmon, kirghize Sadyr Japarov et ouzbek Chavkat Mirzioïev, réunis ce lundi 31 mars à Khodjent, ont signé un traité frontalier.

        Ce sommet tripartite intervient moins de trois semaines après la signature, le 13 mars à Bichkek, du traité sur la frontière entre le Kirghizstan et le Tadjikistan.
        """
        let r = try F.extract(text, published: "2025-04-01")
        let agreements = r.events(.agreement).map(\.date.isoString).sorted()
        #expect(agreements == ["2025-03-13", "2025-03-31"], "\(r.dump)")
        #expect(r.events(.summit).map(\.date.isoString) == ["2025-03-31"], "\(r.dump)")
    }

    @Test func aClauseAfterAColonHasItsOwnSubjectAndDate() throws {
        let kimJongIl = try F.actorID(named: "Kim Jong-il")
        let r = try F.extract("Vladimir Putin arrived in Pyongyang on Wednesday. It is his first visit to the country in 24 years: in July 2000 Putin held talks in Pyongyang with Kim Jong Il.",
                              published: "2024-06-19", language: "en")
        let old = r.events(.meeting).filter { $0.participantIDs.contains(kimJongIl) }
        try #require(old.count == 1, "\(r.dump)")
        #expect(old[0].involves(F.putin), "\(r.dump)")
        #expect(old[0].date.isoString == "2000-07", "\(r.dump)")
    }

    @Test func aNicknameNamesThePersonBeforeItNotItsNamesake() throws {
        let tymoshenko = try F.actorID(named: "Yulia Tymoshenko")
        let r = try F.extract("Le président colombien Juan Manuel Santos et le chef des FARC, Rodrigo Londoño, alias « Timochenko », ont signé lundi à Carthagène l'accord de paix.",
                              published: "2016-09-27")
        let agreements = r.events(.agreement)
        try #require(agreements.count == 1, "\(r.dump)")
        #expect(!agreements[0].participantIDs.contains(tymoshenko), "\(r.dump)")
        #expect(agreements[0].participants.contains { $0.name == "Rodrigo Londoño" }, "\(r.dump)")
        // A nickname the knowledge base gives to someone of the sentence's country is that person.
        let dagalo = try F.actorID(named: "Mohamed Hamdan Dagalo")
        let s = try F.extract("L'armée du général soudanais Abdel Fattah al-Burhane et les paramilitaires du général Daglo, dit Hemedti, ont signé jeudi à Djeddah un accord.",
                              published: "2023-05-12")
        #expect(s.events(.agreement).first?.participantIDs.contains(dagalo) == true, "\(s.dump)")
    }

    @Test func southAmericanPresidentsAtASummitHostedByLula() throws {
        let biden = try F.actorID(named: "Joe Biden")
        let r = try F.extract("BRASILIA, May 30 (Reuters) - South American presidents meeting in Brasilia on Tuesday agreed to set up a group, at a summit hosted by Brazilian President Luiz Inacio Lula da Silva.",
                              published: "2023-05-30", language: "en")
        #expect(!r.events.contains { $0.participantIDs.contains(biden) }, "\(r.dump)")
        #expect(r.events(.summit).count == 1, "\(r.dump)")
        // Receiving someone at a summit is still a meeting.
        let m = try F.extract("Lula received Nicolas Maduro on Monday on the sidelines of the summit.", published: "2023-05-30", language: "en")
        #expect(m.events(.meeting).count == 1, "\(m.dump)")
    }

    @Test func aDateInsideACompoundVerbBreaksNoTriggerButCuesStayPut() throws {
        let xi = try F.actorID(named: "Xi Jinping")
        let r = try F.extract("Reçu vendredi par Xi Jinping à Pékin, Olaf Scholz a plaidé pour la paix en Ukraine.", published: "2022-11-05")
        let meetings = r.events(.meeting)
        try #require(meetings.count == 1, "\(r.dump)")
        #expect(meetings[0].participantIDs.contains(xi), "\(r.dump)")
        #expect(meetings[0].date.isoString == "2022-11-04", "\(r.dump)")
        // "a refusé mardi de commenter" refuses the comment, not the call it speaks of.
        let c = try F.extract("Emmanuel Macron a refusé mardi de commenter la tonalité de son entretien téléphonique de jeudi dernier avec Donald Trump.",
                              published: "2018-06-05")
        #expect(c.events(.call).map(\.date.isoString) == ["2018-05-31"], "\(c.dump)")
    }

    @Test func announcingAPlannedCallIsNoStatementOfTheCall() throws {
        let r = try F.extract("Donald Trump doit s'entretenir par téléphone ce lundi avec Vladimir Poutine, a annoncé la Maison-Blanche.",
                              published: "2025-05-18")
        #expect(r.events.isEmpty, "\(r.dump)")
        let e = try F.extract("Donald Trump will speak by phone with Vladimir Putin on Monday, the White House announced.",
                              published: "2025-05-18", language: "en")
        #expect(e.events.isEmpty, "\(e.dump)")
    }

    @Test func afterAFrontedClauseTheVerbHasItsOwnSubject() throws {
        let andersson = try F.actorID(named: "Magdalena Andersson")
        let r = try F.extract("After four hours of talks just before a NATO summit in Madrid, Turkish President Tayyip Erdogan and Swedish Prime Minister Magdalena Andersson met NATO Secretary-General Jens Stoltenberg and signed off on a trilateral memorandum on Tuesday.",
                              published: "2022-06-29", language: "en")
        let agreements = r.events(.agreement)
        try #require(agreements.count == 1, "\(r.dump)")
        #expect(agreements[0].involves(F.erdogan, andersson), "\(r.dump)")
    }

    @Test func anOrganisationSpokenOfIsNoParty() throws {
        let r = try F.extract("Giorgia Meloni met Kais Saied in Tunis on Sunday and offered aid conditional on an IMF bailout.",
                              published: "2023-06-12", language: "en")
        let meetings = r.events(.meeting)
        try #require(meetings.count == 1, "\(r.dump)")
        #expect(!meetings[0].participants.contains { $0.name == "International Monetary Fund" }, "\(r.dump)")
        // With the organisation as a party it stays.
        let w = try F.extract("Kais Saied held talks with the IMF in Tunis on Sunday.", published: "2023-06-12", language: "en")
        #expect(w.events(.meeting).first?.participants.contains { $0.name == "International Monetary Fund" } == true, "\(w.dump)")
    }

    @Test func aPersonsProposalIsSpokenOfButTheirVisitIsTheirs() throws {
        let trump = try F.actorID(named: "Donald Trump")
        let text = """
        Arab leaders meeting in Cairo on Tuesday adopted a plan, an alternative to US President Donald Trump's proposal for Gaza.

        Donald Trump had met Benjamin Netanyahu at the White House in February.
        """
        let r = try F.extract(text, published: "2025-03-05", language: "en")
        #expect(!r.events.filter { $0.date.isoString == "2025-03-04" }.contains { $0.participantIDs.contains(trump) }, "\(r.dump)")
        let v = try F.extract("Xi Jinping's visit to Moscow on Monday was his first since 2019; he met Vladimir Putin at the Kremlin.",
                              published: "2023-03-21", language: "en")
        let xi = try F.actorID(named: "Xi Jinping")
        #expect(v.events.contains { $0.participantIDs.contains(xi) }, "\(v.dump)")
    }

    @Test func thePopeIsTheHeadOfTheVaticanOfTheDay() throws {
        let francis = try F.actorID(named: "Pope Francis")
        let r = try F.extract("Le souverain pontife a reçu lundi au Vatican le président ukrainien Volodymyr Zelensky.", published: "2023-05-15")
        let meetings = r.events(.meeting)
        try #require(meetings.count == 1, "\(r.dump)")
        #expect(meetings[0].participantIDs.contains(francis), "\(r.dump)")
        let e = try F.extract("The pontiff received Volodymyr Zelensky at the Vatican on Saturday.", published: "2023-05-15", language: "en")
        #expect(e.events(.meeting).first?.participantIDs.contains(francis) == true, "\(e.dump)")
    }

    @Test func aTextSignedByTwoPeopleIsTheirAgreement() throws {
        let rubio = try F.actorID(named: "Marco Rubio")
        let r = try F.extract("Le texte a été paraphé vendredi à Washington par le secrétaire d'Etat américain Marco Rubio et le Premier ministre israélien Benjamin Netanyahu.",
                              published: "2025-06-28")
        let agreements = r.events(.agreement)
        try #require(agreements.count == 1, "\(r.dump)")
        #expect(agreements[0].participantIDs.contains(rubio), "\(r.dump)")
        // Signed by one person only: no agreement between parties.
        let one = try F.extract("Le décret a été signé vendredi par le président Emmanuel Macron.", published: "2025-06-28")
        #expect(one.events(.agreement).isEmpty, "\(one.dump)")
    }

    @Test func aNationalSecurityCouncilIsNotTheUNSecurityCouncil() throws {
        let r = try F.extract("Le chef du Conseil de sécurité nationale israélien, Meir Ben-Shabbat, a rencontré mardi à Moscou Vladimir Poutine.",
                              published: "2020-12-23")
        #expect(!r.events.flatMap(\.participants).contains { $0.name == "United Nations Security Council" }, "\(r.dump)")
        let u = try F.extract("Le Conseil de sécurité de l'ONU a adopté mardi une résolution sur la Syrie, a salué Vladimir Poutine lors d'un entretien téléphonique avec Recep Tayyip Erdogan.",
                              published: "2025-02-19")
        #expect(u.events(.call).count == 1, "\(u.dump)")
    }
}

/// Gatherings told through their leaders, and days told relative to another event.
@Suite struct GatheringAndRelativeDayTests {
    typealias F = Fixture

    @Test func leadersOfUnnamedStatesMeetingAreASummit() throws {
        let fr = try F.extract("Une trentaine de dirigeants, réunis ce jeudi 27 mars à l'Élysée à l'invitation d'Emmanuel Macron, ont affiché leur unité.",
                               published: "2025-03-27")
        #expect(fr.events(.summit).count == 1 && fr.events(.meeting).isEmpty && fr.events(.summit).first?.location?.name == "Paris", "\(fr.dump)")
        let en = try F.extract("Keir Starmer hosted 18 leaders at Lancaster House in London on Sunday.", published: "2025-03-02", language: "en")
        #expect(en.events(.summit).count == 1 && en.events(.summit).first?.date.isoString == "2025-03-02", "\(en.dump)")
        let org = try F.extract("Les dirigeants du G20, réunis lundi à Rio de Janeiro, ont adopté une déclaration commune.", published: "2024-11-18")
        #expect(org.events(.summit).count == 1 && org.events(.meeting).isEmpty, "\(org.dump)")
        // Leaders counted back to people already named are those people, not a gathering.
        let back = try F.extract("Recep Tayyip Erdogan and Vladimir Putin spoke by phone on Friday. The two leaders met in Sochi on Monday.",
                                 published: "2021-10-02", language: "en")
        #expect(back.events(.summit).isEmpty && back.events(.meeting).count == 1, "\(back.dump)")
        let three = try F.extract("The three European leaders travelled to Tunis on Sunday.", published: "2023-06-12", language: "en")
        #expect(three.events(.summit).isEmpty, "\(three.dump)")
    }

    @Test func anUndatedMentionOfThePairReportedIsThatEvent() throws {
        let r = try F.extract("LIMA, Nov. 16 (Xinhua) -- Chinese President Xi Jinping met with U.S. President Joe Biden here on Saturday.\n\nOn Thursday, Xi held talks with Peruvian President Dina Boluarte.\n\nBefore meeting Biden, Xi Jinping had inaugurated the Chancay port.",
                              published: "2024-11-16", language: "en")
        let biden = try F.actorID(named: "Joe Biden")
        let withBiden = r.events.filter { $0.participantIDs.contains(biden) }
        #expect(withBiden.count == 1 && withBiden.first?.date.isoString == "2024-11-16", "\(r.dump)")
    }

    @Test func aDayAfterDatesTheEventItNames() throws {
        // "a day after holding talks": the talks are the day before the day the sentence names.
        let en = try F.extract("Recep Tayyip Erdogan met Donald Trump in New York on Friday, Sept. 27, a day after holding talks with Joe Biden.",
                               published: "2024-09-28", language: "en")
        let biden = try F.actorID(named: "Joe Biden")
        #expect(en.events.first { $0.participantIDs.contains(biden) }?.date.isoString == "2024-09-26", "\(en.dump)")
        let fr = try F.extract("Recep Tayyip Erdogan a rencontré Donald Trump à New York le vendredi 27 septembre, deux jours après s'être entretenu avec Joe Biden.",
                               published: "2024-09-28")
        #expect(fr.events.first { $0.participantIDs.contains(biden) }?.date.isoString == "2024-09-25", "\(fr.dump)")
        // The event's own day after it wins; and the phrase does not date the event before it.
        let own = try F.extract("Donald Trump spoke with Vladimir Putin by phone on Wednesday. The call came a day after Steve Witkoff met Vladimir Putin for several hours in Moscow on Tuesday.",
                                published: "2025-02-13", language: "en")
        let witkoff = try F.actorID(named: "Steve Witkoff")
        #expect(own.events.first { $0.participantIDs.contains(witkoff) }?.date.isoString == "2025-02-11", "\(own.dump)")
        #expect(own.events(.call).count == 1 && own.events(.call).first?.date.isoString == "2025-02-12", "\(own.dump)")
    }

    @Test func aMeetingAfterTheSummitStaysAMeeting() throws {
        let charles = try F.actorID(named: "Charles III")
        let en = try F.extract("Keir Starmer hosted a summit of European leaders in London on Sunday.\n\nVolodymyr Zelensky met King Charles at Sandringham on Sunday afternoon after the summit.",
                               published: "2025-03-02", language: "en")
        #expect(en.events(.meeting).count == 1 && en.events(.meeting).first?.participantIDs.contains(charles) == true, "\(en.dump)")
        #expect(!en.events(.summit).contains { $0.participantIDs.contains(charles) }, "\(en.dump)")
        let fr = try F.extract("Keir Starmer a accueilli dimanche à Londres un sommet de dirigeants européens.\n\nVolodymyr Zelensky a rencontré le roi Charles III à Sandringham dimanche après-midi, après le sommet.",
                               published: "2025-03-02")
        #expect(fr.events(.meeting).count == 1 && !fr.events(.summit).contains { $0.participantIDs.contains(charles) }, "\(fr.dump)")
    }
}

@Suite struct NegationScopeTests {
    typealias F = Fixture

    @Test func yetRightAfterANegationKeepsIt() throws {
        let en = try F.extract("Dmitry Peskov said on Thursday that there were no plans yet for a face-to-face meeting between Vladimir Putin and Recep Tayyip Erdogan.",
                               published: "2023-01-05", language: "en")
        #expect(en.events(.meeting).isEmpty && en.events(.summit).isEmpty, "\(en.dump)")
        // "yet" after a clause still contrasts: what follows it happened.
        let but = try F.extract("Vladimir Putin did not travel to Ankara, yet he met Recep Tayyip Erdogan in Sochi on Monday.",
                                published: "2021-09-30", language: "en")
        #expect(but.events(.meeting).count == 1, "\(but.dump)")
    }
}

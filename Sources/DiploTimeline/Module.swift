// Module DiploTimeline: see Package.swift for the layering.

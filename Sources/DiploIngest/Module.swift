// Module DiploIngest: see Package.swift for the layering.
